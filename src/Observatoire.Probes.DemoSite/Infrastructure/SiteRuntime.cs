using Observatoire.Probes.DemoSite.FranceConnect;
using Observatoire.Probes.DemoSite.Procedures;

namespace Observatoire.Probes.DemoSite.Infrastructure;

/// <summary>Everything one running site owns (several sites can run in one process, e.g. in tests).</summary>
internal sealed class SiteRuntime
{
    public SiteRuntime(DemoSiteOptions options, CancellationToken stopping)
    {
        Options = options;
        Stopping = stopping;
        Catalog = new ProcedureCatalog();
        FranceConnect = new FranceConnectSimulator(Catalog);
        Endpoints = new ProcedureEndpoints(this);
    }

    public DemoSiteOptions Options { get; }

    public CancellationToken Stopping { get; }

    public SessionStore Sessions { get; } = new();

    public SubmissionLog Submissions { get; } = new();

    public RequestLog Requests { get; } = new();

    public ProcedureCatalog Catalog { get; }

    public FranceConnectSimulator FranceConnect { get; }

    public ProcedureEndpoints Endpoints { get; }
}
