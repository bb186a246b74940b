using System.Globalization;
using BenchmarkDotNet.Attributes;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Benchmarks;

/// <summary>Classifying 100 000 fields drawn from the evaluation set's development part (real wording), with the default catalogue,
/// in order and streamed as <c>probes classify</c> reads a file: each decision is dropped once counted.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ClassifierBenchmark
{
    private FieldObservation[] _fields = [];
    private readonly Classifier _classifier = Classifier.Default;

    [GlobalSetup]
    public void Load()
    {
        var parsed = LabelledField.Load(Path.Combine(AppContext.BaseDirectory, "development.jsonl")).Select(l => l.Field).ToList();
        _fields = Enumerable.Range(0, 100_000).Select(i => parsed[i % parsed.Count] with { Id = i.ToString(CultureInfo.InvariantCulture) }).ToArray();
    }

    [Benchmark(Description = "classify 100 000 fields")]
    public int Classify100k()
    {
        var counted = 0;
        foreach (var decision in _classifier.ClassifyEach(_fields))
        {
            if (decision.Counted)
            {
                counted++;
            }
        }

        return counted;
    }
}

