using System.Diagnostics;
using System.Globalization;
using Observatoire.Probes.Runner;

namespace Observatoire.Probes.Cli;

/// <summary>
/// A line per procedure as it ends; on a terminal, a live counter under them (done/total, running, time left) that
/// is redrawn in place. Redirected to a file or a CI log, only plain lines.
/// </summary>
internal sealed class ProgressView(TextWriter output, int idWidth)
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _live = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
    private bool _counterShown;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Show(RunProgress progress)
    {
        lock (_lock)
        {
            ClearCounter();
            if (progress.Retrying is { } retrying)
            {
                output.WriteLine("  ↻ " + retrying);
            }

            if (progress.Finished is { } result)
            {
                output.WriteLine(RunCommand.Line(result, idWidth));
                // A reviewer's decision that decided nothing (a mistyped field, a form that changed) must not pass unseen.
                foreach (var stale in result.StaleOverrides)
                {
                    output.WriteLine($"    ≠ override: {stale}");
                }
            }

            if (_live && progress.Total > 0 && progress.Done < progress.Total)
            {
                var eta = progress.Eta is { } left ? $", environ {Format(left)} restantes" : "";
                output.Write(string.Create(CultureInfo.InvariantCulture, $"  … {progress.Done}/{progress.Total} faites, {progress.Running} en cours{eta}"));
                _counterShown = true;
            }
        }
    }

    public void Finish()
    {
        lock (_lock)
        {
            ClearCounter();
        }
    }

    private void ClearCounter()
    {
        if (_counterShown)
        {
            output.Write("\r\u001b[2K");
            _counterShown = false;
        }
    }

    private static string Format(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds:00} s" : $"{Math.Max(1, (int)span.TotalSeconds)} s";
}
