using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Observatoire.Probes.DemoSite.FranceConnect;
using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// The flow engine shared by the twelve procedures: start page, steps (POST/redirect/GET, or one page with
/// script-driven sections), server-side validation, recap, final submission, session expiry, FranceConnect sign-in.
/// </summary>
internal sealed class ProcedureEndpoints(SiteRuntime runtime)
{
    private const string TokenField = "authenticity_token";
    private int dossierCounter;

    private abstract record Outcome;

    private sealed record RedirectTo(string Url) : Outcome;

    private sealed record Page(string Title, string Body, int Status = StatusCodes.Status200OK, bool Host = false) : Outcome;

    private sealed record NotFound : Outcome;

    /// <summary>A draft saved by the page's script: no page, 204.</summary>
    private sealed record DraftUpdated : Outcome;

    public async Task HandleAsync(HttpContext context, string id, string rest)
    {
        var proc = runtime.Catalog.Find(id);
        if (proc is null)
        {
            await ErrorPages.WriteAsync(context, StatusCodes.Status404NotFound);
            return;
        }

        var input = HttpMethods.IsPost(context.Request.Method) ? await FormInput.ReadAsync(context.Request) : FormInput.Empty;
        var session = runtime.Sessions.Get(context);
        Outcome outcome;
        lock (session.Gate)
        {
            outcome = Dispatch(context, proc, session, rest, input);
        }

        switch (outcome)
        {
            case RedirectTo r:
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Redirect(r.Url);
                if (HttpMethods.IsPost(context.Request.Method))
                {
                    context.Response.StatusCode = StatusCodes.Status303SeeOther;
                }

                break;
            case DraftUpdated:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case Page p:
                var shell = proc.Shell(p.Title);
                if (p.Host)
                {
                    shell = shell with { Embedded = false, ServiceName = proc.HostPageService ?? proc.ServiceName, Tagline = "Site officiel de la commune" };
                }

                await Layout.WriteAsync(context, shell, p.Body, p.Status);
                break;
            default:
                await ErrorPages.WriteAsync(context, StatusCodes.Status404NotFound);
                break;
        }
    }

    private Outcome Dispatch(HttpContext context, ProcedureDefinition proc, BrowserSession session, string rest, FormInput input)
    {
        var post = HttpMethods.IsPost(context.Request.Method);
        var drift = Faults.IsDrift(context);
        if (rest.Length == 0)
        {
            return post ? new NotFound() : StartPage(proc, drift, portal: false);
        }

        if (proc.Embedded)
        {
            if (rest is "portail" or "portail/")
            {
                return post ? new NotFound() : StartPage(proc, drift, portal: true);
            }

            if (!rest.StartsWith("portail/", StringComparison.Ordinal))
            {
                return new NotFound();
            }

            rest = rest["portail/".Length..];
        }

        rest = rest.TrimEnd('/');
        if (rest.StartsWith("etape/", StringComparison.Ordinal) && proc.Flow == FlowKind.MultiPage
            && int.TryParse(rest["etape/".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= proc.Steps.Count)
        {
            return post ? PostStep(proc, session, n, input, drift) : GetStep(proc, session, n, drift);
        }

        return (rest, post) switch
        {
            ("formulaire", false) when proc.Flow == FlowKind.SinglePage => GetSinglePage(proc, session, drift, Faults.CurrentTrap(context)),
            ("formulaire", true) when proc.Flow == FlowKind.SinglePage && IsAutosave(context) => Autosave(proc, session, input),
            ("formulaire", true) when proc.Flow == FlowKind.SinglePage => PostSinglePage(proc, session, input, drift, Faults.CurrentTrap(context)),
            ("recapitulatif", false) when proc.Flow == FlowKind.MultiPage => Recap(proc, session, null, Faults.CurrentTrap(context)),
            ("envoyer", true) when proc.Flow == FlowKind.MultiPage => Submit(proc, session, input, Faults.CurrentTrap(context)),
            ("confirmation", false) => Confirmation(proc, session),
            ("session-expiree", false) => Expired(proc),
            ("brouillon", false) when proc.DraftButton => DraftSaved(proc, session),
            ("connexion-franceconnect", true) when proc.SignIn != SignIn.None => StartFranceConnect(context, proc, session),
            ("franceconnect/callback", false) when proc.SignIn != SignIn.None => FranceConnectCallback(context, proc, session),
            _ => new NotFound(),
        };
    }

    // ----- session -----
    private static ProcedureState? Active(ProcedureDefinition proc, BrowserSession session, out bool expired)
    {
        expired = false;
        if (!session.Procedures.TryGetValue(proc.Id, out var state))
        {
            return null;
        }

        var now = DateTimeOffset.UtcNow;
        if (now - state.LastSeen > session.Lifetime)
        {
            session.Procedures.Remove(proc.Id);
            expired = true;
            return null;
        }

        state.LastSeen = now;
        return state;
    }

    private static ProcedureState Begin(ProcedureDefinition proc, BrowserSession session)
    {
        var state = new ProcedureState { LastSeen = DateTimeOffset.UtcNow };
        session.Procedures[proc.Id] = state;
        return state;
    }

    private static RedirectTo Lost(ProcedureDefinition proc, bool expired) =>
        new(expired ? $"{proc.Base}/session-expiree" : proc.Embedded ? $"{proc.Base}/" : $"/{proc.Id}/");

    // ----- start -----
    private static Page StartPage(ProcedureDefinition proc, bool drift, bool portal)
    {
        if (proc.Embedded && !portal)
        {
            return new Page(proc.Title, HostPage(proc), Host: true);
        }

        var sb = new StringBuilder();
        sb.Append($"<div class=\"fr-grid-row\"><div class=\"fr-col-12 fr-col-md-9\">\n<h1>{Html.E(proc.Title)}</h1>\n{proc.Intro}\n");
        var begin = $"<a class=\"fr-btn\" href=\"{proc.FirstStepUrl}\">{Html.E(Wording(proc.StartLabel, drift))}</a>";
        switch (proc.SignIn)
        {
            case SignIn.FranceConnectRequired:
                sb.Append($"<h2 class=\"fr-h4\">Se connecter</h2>\n{FranceConnectButton(proc)}");
                break;
            case SignIn.FranceConnectOptional:
                sb.Append($"<h2 class=\"fr-h4\">Se connecter</h2>\n{FranceConnectButton(proc)}<p class=\"fr-hr-or\">ou</p>\n<p><a class=\"fr-btn fr-btn--secondary\" href=\"{proc.FirstStepUrl}\">Continuer sans FranceConnect</a></p>\n");
                break;
            default:
                sb.Append($"<p class=\"fr-mt-4w\">{begin}</p>\n");
                break;
        }

        sb.Append("</div></div>");
        return new Page(proc.Title, sb.ToString());
    }

    private static string FranceConnectButton(ProcedureDefinition proc)
    {
        var plus = proc.FranceConnectPlus ? " fr-connect--plus" : string.Empty;
        var what = proc.FranceConnectPlus ? "Qu’est-ce que FranceConnect+ ?" : "Qu’est-ce que FranceConnect ?";
        var href = proc.FranceConnectPlus ? "https://franceconnect.gouv.fr/france-connect-plus" : "https://franceconnect.gouv.fr/";
        return $"""
            <p>FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en ligne.</p>
            <form method="post" action="/{proc.Id}/connexion-franceconnect">
              <div class="fr-connect-group">
                <button class="fr-connect{plus}" type="submit"><span class="fr-connect__login">S’identifier avec</span> <span class="fr-connect__brand">FranceConnect</span></button>
                <p><a href="{href}" target="_blank" rel="noopener" title="{what} - nouvelle fenêtre">{what}</a></p>
              </div>
            </form>

            """;
    }

    private static string HostPage(ProcedureDefinition proc) => $"""
        <div class="fr-grid-row"><div class="fr-col-12">
        <nav class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list"><li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="#">Éducation et jeunesse</a></li><li><a class="fr-breadcrumb__link" aria-current="page">{Html.E(proc.Title)}</a></li></ol></nav>
        <h1>{Html.E(proc.Title)}</h1>
        {proc.Intro}
        <div class="host-frame">
          <iframe id="formulaire" name="formulaire" title="Portail Famille : {Html.E(proc.Title)}" src="{proc.Base}/" width="100%" height="1500"></iframe>
        </div>
        </div></div>
        """;

    // ----- multi-page steps -----
    private static Outcome GetStep(ProcedureDefinition proc, BrowserSession session, int n, bool drift)
    {
        var state = Active(proc, session, out var expired);
        if (state is null)
        {
            if (expired || n > 1 || proc.SignIn == SignIn.FranceConnectRequired)
            {
                return Lost(proc, expired);
            }

            state = Begin(proc, session);
        }

        if (proc.SignIn == SignIn.FranceConnectRequired && state.Identity is null)
        {
            return Lost(proc, expired: false);
        }

        if (n > state.CompletedSteps + 1)
        {
            return new RedirectTo($"{proc.Base}/etape/{state.CompletedSteps + 1}");
        }

        return StepPage(proc, session, state, n, state.Values, new Dictionary<string, FieldError>(), drift);
    }

    private static Outcome PostStep(ProcedureDefinition proc, BrowserSession session, int n, FormInput input, bool drift)
    {
        var state = Active(proc, session, out var expired);
        if (state is null || input.Get(TokenField) != state.Token)
        {
            return Lost(proc, expired || state is null || input.Get(TokenField).Length > 0);
        }

        if (n > state.CompletedSteps + 1)
        {
            return new RedirectTo($"{proc.Base}/etape/{state.CompletedSteps + 1}");
        }

        var step = proc.Steps[n - 1];
        var post = new PostContext(input, state, proc.Style);
        if (proc.DraftButton && input.Get("action") == "brouillon")
        {
            foreach (var field in step.Fields)
            {
                field.Collect(post);
            }

            Merge(state, step, post.Values);
            return new RedirectTo($"{proc.Base}/brouillon");
        }

        foreach (var field in step.Fields)
        {
            field.Validate(post);
        }

        if (post.Errors.Count == 0)
        {
            step.CrossCheck?.Invoke(post);
        }

        if (post.Errors.Count > 0)
        {
            return StepPage(proc, session, state, n, Posted(input, state), post.Errors, drift);
        }

        foreach (var field in step.Fields)
        {
            field.Collect(post);
        }

        Merge(state, step, post.Values);
        state.CompletedSteps = Math.Max(state.CompletedSteps, n);
        step.OnAccepted?.Invoke(state);
        return new RedirectTo(n < proc.Steps.Count ? $"{proc.Base}/etape/{n + 1}" : $"{proc.Base}/recapitulatif");
    }

    private static void Merge(ProcedureState state, StepDefinition step, Dictionary<string, string> values)
    {
        foreach (var name in step.Names)
        {
            state.Values.Remove(name);
        }

        foreach (var (key, value) in values)
        {
            state.Values[key] = value;
        }
    }

    /// <summary>What the browser posted, to show back with the errors (files cannot be shown back).</summary>
    private static Dictionary<string, string> Posted(FormInput input, ProcedureState state)
    {
        var values = new Dictionary<string, string>(state.Values, StringComparer.Ordinal);
        foreach (var (key, value) in input.All())
        {
            values[key] = value;
        }

        return values;
    }

    private static Dictionary<string, string> Prefills(ProcedureState state, IEnumerable<Field> fields)
    {
        var prefills = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            field.Prefill(state, prefills);
        }

        return prefills;
    }

    private static Page StepPage(ProcedureDefinition proc, BrowserSession session, ProcedureState state, int n, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, FieldError> errors, bool drift)
    {
        var step = proc.Steps[n - 1];
        var ctx = new FormContext(state, values, Prefills(state, step.Fields), errors, proc.Style, drift);
        var sb = new StringBuilder();
        sb.Append($"<h1>{Html.E(proc.Title)}</h1>\n");
        sb.Append(Stepper(step.Title, n, proc.StepCount, n < proc.Steps.Count ? proc.Steps[n].Title : "Récapitulatif"));
        AppendErrors(sb, errors, proc.Style);
        AppendSessionNotice(sb, proc, session);
        AppendNotices(sb, proc, step);
        var enctype = step.HasUpload ? " enctype=\"multipart/form-data\"" : string.Empty;
        sb.Append($"<form method=\"post\" action=\"{proc.Base}/etape/{n}\" id=\"formulaire-etape\" novalidate{enctype}>\n");
        sb.Append($"<input type=\"hidden\" name=\"{TokenField}\" value=\"{state.Token}\">\n");
        foreach (var field in step.Fields)
        {
            field.Render(sb, ctx);
        }

        var next = Wording(step.NextLabel ?? proc.NextLabel, drift);
        sb.Append("<ul class=\"fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--inline-reverse fr-mt-4w\">\n");
        sb.Append($"<li><button class=\"fr-btn\" type=\"submit\">{Html.E(next)}</button></li>\n");
        if (n > 1)
        {
            sb.Append($"<li><a class=\"fr-btn fr-btn--secondary\" href=\"{proc.Base}/etape/{n - 1}\">Précédent</a></li>\n");
        }

        if (proc.DraftButton)
        {
            sb.Append("<li><button class=\"fr-btn fr-btn--tertiary\" type=\"submit\" name=\"action\" value=\"brouillon\">Enregistrer et continuer plus tard</button></li>\n");
        }

        sb.Append("</ul>\n</form>\n");
        return new Page($"{step.Title} - Étape {n} sur {proc.StepCount} - {proc.Title}", sb.ToString());
    }

    private static void AppendNotices(StringBuilder sb, ProcedureDefinition proc, StepDefinition step)
    {
        if (step.Lead is not null)
        {
            sb.Append($"<p class=\"fr-text--lead\">{Html.E(step.Lead)}</p>\n");
        }

        if (!step.Fields.Any(f => f.Names.Any()))
        {
            return;
        }

        if (proc.Style == FormStyle.DemarcheNumerique)
        {
            sb.Append($"<div class=\"fr-highlight fr-mb-4w\"><p class=\"fr-text--sm\">Les champs suivis d’un astérisque ( {InputField.Asterisk} ) sont obligatoires.</p><p class=\"fr-text--sm\">Votre dossier est enregistré automatiquement après chaque modification. Vous pouvez à tout moment fermer la fenêtre et reprendre plus tard là où vous en étiez.</p></div>\n");
        }
        else
        {
            sb.Append("<p class=\"fr-hint-text fr-mb-3w\">Sauf mention contraire, tous les champs sont obligatoires.</p>\n");
        }
    }

    private static void AppendSessionNotice(StringBuilder sb, ProcedureDefinition proc, BrowserSession session)
    {
        if (proc.SessionNotice)
        {
            var lifetime = session.Lifetime.TotalMinutes >= 1
                ? $"{session.Lifetime.TotalMinutes:0} minutes"
                : $"{session.Lifetime.TotalSeconds:0} secondes";
            sb.Append($"<div class=\"fr-notice fr-notice--info fr-mb-3w\"><div class=\"fr-notice__body\"><p class=\"fr-notice__title\">Pour votre sécurité, votre session expire après {lifetime} d’inactivité. Les informations non enregistrées seront perdues.</p></div></div>\n");
        }
    }

    private static void AppendErrors(StringBuilder sb, IReadOnlyDictionary<string, FieldError> errors, FormStyle style)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var title = style == FormStyle.DemarcheNumerique
            ? $"Votre dossier contient {errors.Count} champ{(errors.Count > 1 ? "s" : string.Empty)} en erreur"
            : $"Le formulaire contient {errors.Count} erreur{(errors.Count > 1 ? "s" : string.Empty)}";
        sb.Append($"<div class=\"fr-alert fr-alert--error fr-mb-4w\" role=\"alert\" id=\"erreurs\">\n<h2 class=\"fr-alert__title\">{title}</h2>\n<p>Corrigez-les pour poursuivre :</p>\n<ul>\n");
        foreach (var e in errors.Values)
        {
            var text = style == FormStyle.DemarcheNumerique && e.Message.Contains('«', StringComparison.Ordinal) ? e.Message : $"{e.Label} : {e.Message}";
            sb.Append($"<li><a href=\"#{Html.E(e.Anchor)}\">{Html.E(text)}</a></li>\n");
        }

        sb.Append("</ul>\n</div>\n");
    }

    private static string Stepper(string title, int current, int total, string? next)
    {
        var details = current < total && next is not null
            ? $"<p class=\"fr-stepper__details\"><span class=\"fr-text--bold\">Étape suivante :</span> {Html.E(next)}</p>"
            : string.Empty;
        return $"""
            <div class="fr-stepper">
              <h2 class="fr-stepper__title">{Html.E(title)}<span class="fr-stepper__state">Étape {current} sur {total}</span></h2>
              <div class="fr-stepper__steps" data-fr-current-step="{current}" data-fr-steps="{total}">{string.Concat(Enumerable.Range(1, total).Select(i => i <= current ? "<span class=\"done\"></span>" : "<span></span>"))}</div>
              {details}
            </div>

            """;
    }

    private static string Wording(string text, bool drift) => drift ? DriftWording.Apply(text) : text;

    // ----- recap and submission -----
    private static Outcome Recap(ProcedureDefinition proc, BrowserSession session, string? error, string? trap)
    {
        var state = Active(proc, session, out var expired);
        if (state is null)
        {
            return Lost(proc, expired);
        }

        if (state.CompletedSteps < proc.Steps.Count)
        {
            return new RedirectTo($"{proc.Base}/etape/{state.CompletedSteps + 1}");
        }

        var sb = new StringBuilder();
        sb.Append($"<h1>{Html.E(proc.Title)}</h1>\n");
        sb.Append(Stepper("Récapitulatif", proc.StepCount, proc.StepCount, null));
        if (error is not null)
        {
            sb.Append($"<div class=\"fr-alert fr-alert--error fr-mb-4w\" role=\"alert\"><h2 class=\"fr-alert__title\">Le formulaire contient 1 erreur</h2><p><a href=\"#certification\">{Html.E(error)}</a></p></div>\n");
        }

        sb.Append("<p>Vérifiez les informations ci-dessous avant d’envoyer votre demande. Vous pouvez encore les modifier.</p>\n");
        AppendRecapSections(sb, proc, state.Values, i => $"{proc.Base}/etape/{i}");
        sb.Append($"<form method=\"post\" action=\"{proc.Base}/envoyer\" novalidate>\n<input type=\"hidden\" name=\"{TokenField}\" value=\"{state.Token}\">\n");
        if (trap == "enter")
        {
            // Enter in a text field submits its form through the default button, as browsers do.
            sb.Append("<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"code-parrainage\">Code de parrainage (facultatif)</label><input class=\"fr-input\" type=\"text\" id=\"code-parrainage\" name=\"code_parrainage\"></div>\n");
        }

        sb.Append(Certification(error));
        sb.Append("<ul class=\"fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--inline-reverse fr-mt-4w\">\n");
        sb.Append("<li><button class=\"fr-btn\" type=\"submit\" id=\"envoyer\">Envoyer ma demande</button></li>\n");
        AppendTrap(sb, trap);

        sb.Append($"<li><a class=\"fr-btn fr-btn--secondary\" href=\"{proc.Base}/etape/{proc.Steps.Count}\">Précédent</a></li>\n</ul>\n</form>\n");
        return new Page($"Récapitulatif - Étape {proc.StepCount} sur {proc.StepCount} - {proc.Title}", sb.ToString());
    }

    /// <summary>A harmless-looking button whose script submits the form without its submit button (see demo.js).</summary>
    private static void AppendTrap(StringBuilder sb, string? trap)
    {
        if (trap is not null and not "enter")
        {
            sb.Append($"<li><button class=\"fr-btn fr-btn--tertiary\" type=\"button\" id=\"verifier\" data-piege=\"{Html.E(trap)}\">Vérifier mes réponses</button></li>\n");
        }
    }

    private static void AppendRecapSections(StringBuilder sb, ProcedureDefinition proc, IReadOnlyDictionary<string, string> values, Func<int, string>? editHref)
    {
        for (var i = 0; i < proc.Steps.Count; i++)
        {
            var rows = new List<RecapRow>();
            foreach (var field in proc.Steps[i].Fields)
            {
                field.Recap(values, rows);
            }

            if (rows.Count == 0)
            {
                continue;
            }

            sb.Append($"<section class=\"recap-section fr-mb-4w\">\n<h2 class=\"fr-h5\">{Html.E(proc.Steps[i].Title)}</h2>\n<dl class=\"recap-list\">\n");
            foreach (var row in rows)
            {
                sb.Append($"<dt>{Html.E(row.Label)}</dt><dd>{Html.E(row.Value)}</dd>\n");
            }

            sb.Append("</dl>\n");
            if (editHref is not null)
            {
                sb.Append($"<p><a class=\"fr-link\" href=\"{editHref(i + 1)}\">Modifier<span class=\"fr-sr-only\"> : {Html.E(proc.Steps[i].Title)}</span></a></p>\n");
            }

            sb.Append("</section>\n");
        }
    }

    private static string Certification(string? error) => $"""
        <div class="fr-checkbox-group{(error is null ? string.Empty : " fr-checkbox-group--error")}" id="certification-group">
          <input type="checkbox" id="certification" name="certification" value="oui" required aria-describedby="certification-messages">
          <label class="fr-label" for="certification">Je certifie sur l’honneur l’exactitude des informations fournies</label>
          <div class="fr-messages-group" id="certification-messages" aria-live="polite">{(error is null ? string.Empty : $"<p class=\"fr-message fr-message--error\">{Html.E(error)}</p>")}</div>
        </div>

        """;

    private Outcome Submit(ProcedureDefinition proc, BrowserSession session, FormInput input, string? trap)
    {
        var state = Active(proc, session, out var expired);
        if (state is null || input.Get(TokenField) != state.Token)
        {
            return Lost(proc, expired || state is null);
        }

        if (state.CompletedSteps < proc.Steps.Count)
        {
            return new RedirectTo($"{proc.Base}/etape/{state.CompletedSteps + 1}");
        }

        if (input.Get("certification") != "oui")
        {
            return Recap(proc, session, "Vous devez certifier l’exactitude des informations pour envoyer votre demande.", trap);
        }

        return Record(proc, session, state);
    }

    private RedirectTo Record(ProcedureDefinition proc, BrowserSession session, ProcedureState state)
    {
        var fields = new Dictionary<string, string>(state.Values, StringComparer.Ordinal) { ["certification"] = "oui" };
        if (state.Identity is not null)
        {
            fields["franceconnect_login"] = state.Identity.Login;
        }

        runtime.Submissions.Add(new DemoSubmission(proc.Id, DateTimeOffset.UtcNow, fields));
        var number = Interlocked.Increment(ref dossierCounter);
        session.Confirmations[proc.Id] = $"DEMO-{DateTime.UtcNow:yyyy}-{number:000000}";
        session.Procedures.Remove(proc.Id);
        return new RedirectTo($"{proc.Base}/confirmation");
    }

    private static Outcome Confirmation(ProcedureDefinition proc, BrowserSession session)
    {
        if (!session.Confirmations.TryGetValue(proc.Id, out var number))
        {
            return new RedirectTo(proc.Embedded ? $"{proc.Base}/" : $"/{proc.Id}/");
        }

        var body = $"""
            <h1>{Html.E(proc.Title)}</h1>
            <div class="fr-alert fr-alert--success fr-mb-4w">
              <h2 class="fr-alert__title">Votre demande a bien été envoyée</h2>
              <p>Numéro de dossier : <strong>{number}</strong></p>
            </div>
            <p>Un accusé de réception vous sera adressé. Conservez votre numéro de dossier : il vous sera demandé pour tout échange avec le service instructeur.</p>
            <p><a class="fr-link" href="{(proc.Embedded ? proc.Base + "/" : "/")}">Retour à l’accueil</a></p>
            """;
        return new Page($"Demande envoyée - {proc.Title}", body);
    }

    private static Page Expired(ProcedureDefinition proc)
    {
        var body = $"""
            <div class="fr-grid-row fr-my-7w"><div class="fr-col-12 fr-col-md-8">
              <h1>Votre session a expiré</h1>
              <p class="fr-text--lead">Pour protéger vos données, votre session a été fermée après une période d’inactivité. Les informations que vous n’aviez pas encore envoyées ont été effacées.</p>
              <ul class="fr-btns-group fr-btns-group--inline-md"><li><a class="fr-btn" href="{(proc.Embedded ? proc.Base + "/" : $"/{proc.Id}/")}">Recommencer la démarche</a></li></ul>
            </div></div>
            """;
        return new Page($"Session expirée - {proc.Title}", body, StatusCodes.Status200OK);
    }

    private static Outcome DraftSaved(ProcedureDefinition proc, BrowserSession session)
    {
        var state = Active(proc, session, out var expired);
        if (state is null)
        {
            return Lost(proc, expired);
        }

        var body = $"""
            <h1>{Html.E(proc.Title)}</h1>
            <div class="fr-alert fr-alert--info fr-mb-4w"><h2 class="fr-alert__title">Votre brouillon a été enregistré</h2><p>Vous pourrez reprendre votre demande là où vous l’avez laissée.</p></div>
            <p><a class="fr-btn" href="{proc.Base}/etape/{state.CompletedSteps + 1}">Reprendre ma demande</a></p>
            """;
        return new Page($"Brouillon enregistré - {proc.Title}", body);
    }

    // ----- single page (script-driven steps) -----
    private static Page GetSinglePage(ProcedureDefinition proc, BrowserSession session, bool drift, string? trap)
    {
        var state = Active(proc, session, out _) ?? Begin(proc, session);
        return SinglePage(proc, session, state, state.Values, new Dictionary<string, FieldError>(), drift, trap);
    }

    private Outcome PostSinglePage(ProcedureDefinition proc, BrowserSession session, FormInput input, bool drift, string? trap)
    {
        var state = Active(proc, session, out var expired);
        if (state is null || input.Get(TokenField) != state.Token)
        {
            return Lost(proc, expired || state is null);
        }

        var post = new PostContext(input, state, proc.Style);
        foreach (var field in proc.Steps.SelectMany(s => s.Fields))
        {
            field.Validate(post);
        }

        if (input.Get("certification") != "oui")
        {
            post.Fail("certification", "certification", "Certification", "Vous devez certifier l’exactitude des informations pour envoyer votre demande.");
        }

        if (post.Errors.Count > 0)
        {
            return SinglePage(proc, session, state, Posted(input, state), post.Errors, drift, trap);
        }

        foreach (var field in proc.Steps.SelectMany(s => s.Fields))
        {
            field.Collect(post);
        }

        foreach (var step in proc.Steps)
        {
            Merge(state, step, post.Values);
        }

        state.CompletedSteps = proc.Steps.Count;
        return Record(proc, session, state);
    }

    /// <summary>
    /// As Démarche Numérique saves each answer: a script's POST to the form's own target that declares itself a PATCH
    /// (<c>x-http-method-override</c>). Nothing is submitted; the same target's plain POST is the final submission.
    /// </summary>
    private static bool IsAutosave(HttpContext context) =>
        string.Equals(context.Request.Headers["x-http-method-override"], "PATCH", StringComparison.OrdinalIgnoreCase);

    private static Outcome Autosave(ProcedureDefinition proc, BrowserSession session, FormInput input)
    {
        var state = Active(proc, session, out var expired);
        return state is null || input.Get(TokenField) != state.Token ? Lost(proc, expired || state is null) : new DraftUpdated();
    }

    private static Page SinglePage(ProcedureDefinition proc, BrowserSession session, ProcedureState state, IReadOnlyDictionary<string, string> values, Dictionary<string, FieldError> errors, bool drift, string? trap)
    {
        var fields = proc.Steps.SelectMany(s => s.Fields).ToList();
        var ctx = new FormContext(state, values, Prefills(state, fields), errors, proc.Style, drift);
        var firstError = errors.Count == 0 ? 1 : Enumerable.Range(1, proc.Steps.Count).FirstOrDefault(i => ErrorKeys(proc.Steps[i - 1]).Any(errors.ContainsKey), proc.StepCount);
        var sb = new StringBuilder();
        sb.Append($"<h1>{Html.E(proc.Title)}</h1>\n");
        AppendErrors(sb, errors, proc.Style);
        AppendSessionNotice(sb, proc, session);
        var next = Wording(proc.NextLabel, drift);
        sb.Append($"<form method=\"post\" action=\"{proc.Base}/formulaire\" id=\"formulaire-js\" class=\"js-steps\" data-current-step=\"{firstError}\" data-autosave novalidate>\n");
        sb.Append($"<input type=\"hidden\" name=\"{TokenField}\" value=\"{state.Token}\">\n");
        for (var i = 1; i <= proc.Steps.Count; i++)
        {
            var step = proc.Steps[i - 1];
            sb.Append($"<section class=\"js-step\" data-step=\"{i}\" aria-label=\"{Html.E(step.Title)}\"{Html.Flag("hidden", i != firstError)}>\n");
            sb.Append(Stepper(step.Title, i, proc.StepCount, i < proc.Steps.Count ? proc.Steps[i].Title : "Récapitulatif"));
            AppendNotices(sb, proc, step);
            foreach (var field in step.Fields)
            {
                field.Render(sb, ctx);
            }

            sb.Append("<ul class=\"fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--inline-reverse fr-mt-4w\">\n");
            sb.Append($"<li><button class=\"fr-btn\" type=\"button\" data-step-next>{Html.E(next)}</button></li>\n");
            if (i > 1)
            {
                sb.Append("<li><button class=\"fr-btn fr-btn--secondary\" type=\"button\" data-step-previous>Précédent</button></li>\n");
            }

            sb.Append("</ul>\n</section>\n");
        }

        var last = proc.StepCount;
        sb.Append($"<section class=\"js-step\" data-step=\"{last}\" aria-label=\"Récapitulatif\"{Html.Flag("hidden", firstError != last)}>\n");
        sb.Append(Stepper("Récapitulatif", last, last, null));
        sb.Append("<p>Vérifiez les informations ci-dessous avant d’envoyer votre demande.</p>\n<div id=\"recapitulatif\" class=\"recap-js\"></div>\n");
        sb.Append(Certification(errors.TryGetValue("certification", out var certError) ? certError.Message : null));
        sb.Append("<ul class=\"fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--inline-reverse fr-mt-4w\">\n");
        // Named "action", as some frameworks name their submit buttons: `form.action` is then the button, not the URL.
        sb.Append("<li><button class=\"fr-btn\" type=\"submit\" id=\"envoyer\" name=\"action\" value=\"envoyer\">Envoyer ma demande</button></li>\n");
        AppendTrap(sb, trap);
        sb.Append("<li><button class=\"fr-btn fr-btn--secondary\" type=\"button\" data-step-previous>Précédent</button></li>\n</ul>\n</section>\n</form>\n");
        sb.Append("<p class=\"fr-text--sm autosave\" aria-live=\"polite\">Votre brouillon est automatiquement enregistré.</p>\n");
        var currentTitle = firstError <= proc.Steps.Count ? proc.Steps[firstError - 1].Title : "Récapitulatif";
        return new Page($"{currentTitle} - Étape {firstError} sur {proc.StepCount} - {proc.Title}", sb.ToString());
    }

    private static IEnumerable<string> ErrorKeys(StepDefinition step)
    {
        static IEnumerable<Field> Flatten(Field f) => f is ContainerField c ? c.Children.SelectMany(Flatten).Prepend(f) : [f];
        return step.Fields.SelectMany(Flatten).OfType<InputField>().Select(f => f.Name).Concat(step.Names).Append("__honeypot");
    }

    // ----- FranceConnect service provider side -----
    private static RedirectTo StartFranceConnect(HttpContext context, ProcedureDefinition proc, BrowserSession session)
    {
        var state = Begin(proc, session);
        state.FranceConnectState = FranceConnectSimulator.NewSecret();
        state.FranceConnectNonce = FranceConnectSimulator.NewSecret();
        return new RedirectTo(FranceConnectSimulator.AuthorizeUrl(context, proc, state.FranceConnectState, state.FranceConnectNonce));
    }

    private Outcome FranceConnectCallback(HttpContext context, ProcedureDefinition proc, BrowserSession session)
    {
        var q = context.Request.Query;
        var state = Active(proc, session, out var expired);
        if (state is null)
        {
            return Lost(proc, expired);
        }

        if (q["error"].Count > 0)
        {
            session.Procedures.Remove(proc.Id);
            return new Page($"Connexion annulée - {proc.Title}", $"""
                <h1>{Html.E(proc.Title)}</h1>
                <div class="fr-alert fr-alert--warning fr-mb-4w"><h2 class="fr-alert__title">Connexion annulée</h2><p>Vous avez annulé la connexion avec FranceConnect.</p></div>
                <p><a class="fr-btn" href="/{proc.Id}/">Revenir à la démarche</a></p>
                """);
        }

        var identity = q["state"] == state.FranceConnectState && state.FranceConnectNonce is not null
            ? runtime.FranceConnect.Redeem(q["code"].ToString(), proc.Id, state.FranceConnectNonce)
            : null;
        if (identity is null)
        {
            session.Procedures.Remove(proc.Id);
            return new Page($"Erreur de connexion - {proc.Title}", $"""
                <h1>{Html.E(proc.Title)}</h1>
                <div class="fr-alert fr-alert--error fr-mb-4w"><h2 class="fr-alert__title">La connexion avec FranceConnect a échoué</h2><p>Le jeton de connexion est invalide ou a déjà été utilisé. Veuillez vous reconnecter.</p></div>
                <p><a class="fr-btn" href="/{proc.Id}/">Revenir à la démarche</a></p>
                """, StatusCodes.Status400BadRequest);
        }

        state.Identity = identity;
        state.Household = DemoData.ForIdentity(identity);
        state.FranceConnectState = null;
        return new RedirectTo($"{proc.Base}/etape/1");
    }
}
