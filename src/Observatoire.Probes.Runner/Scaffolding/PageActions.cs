using System.Text.RegularExpressions;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>What a person presses on a page, and how a scenario names it: the cookie banner's button, FranceConnect's,
/// an identity provider's tile, the final submission, the button or link that goes on.</summary>
internal static partial class PageActions
{
    private static readonly string[] BannerButtons = ["Tout accepter", "Accepter", "Tout refuser"];

    /// <summary>Every visible, enabled action with its frame; frames that hold fields first (the form), then the others.</summary>
    public static List<(SurveyedFrame Frame, PageAction Action)> All(PageSurvey page) =>
        [.. page.Frames.OrderBy(f => f.Fields.Count > 0 ? 0 : 1).SelectMany(f => f.Actions.Where(a => !a.Disabled).Select(a => (f, a)))];

    /// <summary>The cookie banner's button that closes it, as the bundled scenarios press it.</summary>
    public static (SurveyedFrame Frame, PageAction Action)? Banner(PageSurvey page) =>
        BannerButtons.Select(name => First(page, a => a.InBanner && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(a => a is not null);

    /// <summary>FranceConnect's (or FranceConnect+'s) sign-in button.</summary>
    public static (SurveyedFrame Frame, PageAction Action)? FranceConnect(PageSurvey page) => First(page, a => a.FranceConnect is not null);

    /// <summary>The way on that skips FranceConnect where it is optional ("Continuer sans FranceConnect").</summary>
    public static PageAction? WithoutFranceConnect(PageSurvey page) => First(page, a => Without().IsMatch(a.Name))?.Action;

    /// <summary>An identity provider's tile on FranceConnect's page: a button with role=link, named best by its test id.</summary>
    public static (SurveyedFrame Frame, PageAction Action)? Provider(PageSurvey page) => First(page, a => a.TestId?.StartsWith("idp-", StringComparison.Ordinal) == true);

    /// <summary>A button the submission guard holds for the final submission, or whose name reads like it (the walker's own rules).</summary>
    public static (SurveyedFrame Frame, PageAction Action)? Final(PageSurvey page) => First(page, a => !a.InBanner && (a.Final || ScenarioWalker.IsFinalSubmission(a.Name)));

    /// <summary>The button or link that goes on: "Suivant", "Continuer", "Valider", "Commencer la démarche"…</summary>
    public static (SurveyedFrame Frame, PageAction Action)? Next(PageSurvey page) => First(page, a => !a.InBanner && !a.Final && IsNext(a.Name));

    /// <summary>The first target among the action's name (exact if need be) and its test id that finds one element.</summary>
    public static async Task<Target?> TargetAsync(PageSurvey page, SurveyedFrame frame, PageAction action, StepKind kind)
    {
        var byName = new Target(action.IsLink && kind == StepKind.Click ? TargetKind.Link : TargetKind.Button, action.Name, frame.Selector);
        var candidates = new List<Target> { byName, byName with { Exact = true } };
        if (action.TestId is { } testId)
        {
            candidates.Add(new Target(TargetKind.TestId, testId, frame.Selector));
        }

        foreach (var target in candidates)
        {
            if (await page.IdentifyAsync(kind, target) is not null)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The frame that holds the form: the one with fields, else the one with a step, else the one with a way on.</summary>
    public static SurveyedFrame FormFrame(PageSurvey page) =>
        page.Frames.FirstOrDefault(f => f.Fields.Count > 0) ?? page.Frames.FirstOrDefault(f => f.Step is not null)
        ?? page.Frames.LastOrDefault(f => f.Actions.Any(a => IsNext(a.Name))) ?? page.Frames[0];

    /// <summary>A page of the sign-in provider, or one that asks for a password.</summary>
    public static bool IsSignIn(PageSurvey page) =>
        SiteUrls.IsSignInPage(page.Url) || page.Frames.Any(f => f.Fields.Any(x => x.Observation.Input == "password"));

    private static bool IsNext(string name) => GoOn().IsMatch(name) && !NotGoOn().IsMatch(name);

    private static (SurveyedFrame Frame, PageAction Action)? First(PageSurvey page, Func<PageAction, bool> wanted) =>
        All(page).Where(a => wanted(a.Action)).Cast<(SurveyedFrame, PageAction)?>().FirstOrDefault();

    [GeneratedRegex(@"^(suivant|[ée]tape suivante|continuer|poursuivre|valider|commencer|d[ée]marrer|acc[ée]der|je (commence|continue|valide)|confirmer|se connecter|enregistrer et (continuer|passer)|(passer|aller) [àa] l.[ée]tape|faire (une|ma) demande)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoOn();

    [GeneratedRegex(@"(plus tard|brouillon|pr[ée]c[ée]dent|retour|revenir|annuler|quitter|d[ée]connexion|modifier|supprimer|ajouter|sans franceconnect|qu.est-ce que)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotGoOn();

    [GeneratedRegex("sans franceconnect", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Without();
}
