namespace Observatoire.Probes.DemoSite.Infrastructure;

internal sealed class SubmissionLog
{
    private readonly Lock gate = new();
    private readonly List<DemoSubmission> items = [];

    public void Add(DemoSubmission submission)
    {
        lock (gate)
        {
            items.Add(submission);
        }
    }

    public DemoSubmission[] Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }
}
