using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;

namespace Observatoire.Probes.DemoSite.Procedures;

internal enum SignIn
{
    None,

    /// <summary>FranceConnect button plus "Continuer sans FranceConnect".</summary>
    FranceConnectOptional,

    /// <summary>FranceConnect only: step 1 needs an identity.</summary>
    FranceConnectRequired,
}

internal enum FlowKind
{
    /// <summary>One server-rendered page per step: POST, then 303 to the next step's GET.</summary>
    MultiPage,

    /// <summary>All steps on one page; script shows the next section on "Suivant"; one final POST.</summary>
    SinglePage,
}

internal sealed class StepDefinition
{
    public StepDefinition(string title, params Field[] fields)
    {
        Title = title;
        Fields = fields;
    }

    public string Title { get; }

    public IReadOnlyList<Field> Fields { get; }

    /// <summary>Wording of the primary button when it differs from the procedure's.</summary>
    public string? NextLabel { get; init; }

    /// <summary>Paragraph under the stepper.</summary>
    public string? Lead { get; init; }

    /// <summary>Checks across fields or against an API, run after the fields' own validation passed.</summary>
    public Action<PostContext>? CrossCheck { get; init; }

    /// <summary>Runs when the step is accepted (e.g. fetch data with the keys just typed).</summary>
    public Action<ProcedureState>? OnAccepted { get; init; }

    public bool HasUpload => Fields.Any(f => f.HasUpload);

    public IEnumerable<string> Names => Fields.SelectMany(f => f.Names);
}

internal sealed class ProcedureDefinition
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The real procedure this replica is modelled on.</summary>
    public required string Mirrors { get; init; }

    public required string Ministry { get; init; }

    public required string Administration { get; init; }

    public required string ServiceName { get; init; }

    public required string Audience { get; init; }

    /// <summary>Body of the start page (what the procedure is for, what to prepare).</summary>
    public required string Intro { get; init; }

    public required IReadOnlyList<StepDefinition> Steps { get; init; }

    public string? Tagline { get; init; }

    public SignIn SignIn { get; init; }

    public bool FranceConnectPlus { get; init; }

    /// <summary>Private service provider: FranceConnect asks for an explicit consent checkbox.</summary>
    public bool FranceConnectConsent { get; init; }

    public ConsentBanner Banner { get; init; }

    public FlowKind Flow { get; init; }

    /// <summary>The form runs in an iframe of a host page (a town's site embedding a vendor's portal).</summary>
    public bool Embedded { get; init; }

    /// <summary>Host page around the iframe, when <see cref="Embedded"/>.</summary>
    public string? HostPageService { get; init; }

    public FormStyle Style { get; init; }

    public string NextLabel { get; init; } = "Suivant";

    public string StartLabel { get; init; } = "Commencer la démarche";

    /// <summary>Shows "Enregistrer et continuer plus tard" beside the primary button.</summary>
    public bool DraftButton { get; init; }

    /// <summary>Shows the session time limit on every step.</summary>
    public bool SessionNotice { get; init; }

    public string Base => Embedded ? $"/{Id}/portail" : $"/{Id}";

    public string FirstStepUrl => Flow == FlowKind.SinglePage ? $"{Base}/formulaire" : $"{Base}/etape/1";

    /// <summary>Steps shown to the user, the recap included.</summary>
    public int StepCount => Steps.Count + 1;

    public PageShell Shell(string title) => new(title)
    {
        ServiceName = ServiceName,
        Tagline = Tagline,
        Banner = Banner,
        Embedded = Embedded,
        HomeHref = $"/{Id}/",
    };
}
