using System.Globalization;
using System.Text;
using Observatoire.Probes.DemoSite.Infrastructure;

namespace Observatoire.Probes.DemoSite.Forms;

/// <summary>One element of a step: renders DSFR markup, validates and collects its part of the post.</summary>
internal abstract class Field
{
    public abstract void Render(StringBuilder html, FormContext ctx);

    public virtual void Validate(PostContext post)
    {
    }

    public virtual void Collect(PostContext post)
    {
    }

    public virtual void Prefill(ProcedureState state, Dictionary<string, string> into)
    {
    }

    public virtual void Recap(IReadOnlyDictionary<string, string> values, List<RecapRow> rows)
    {
    }

    /// <summary>Keys this field stores in the procedure state.</summary>
    public virtual IEnumerable<string> Names => [];

    public virtual bool HasUpload => false;
}

/// <summary>A field holding other fields (group, condition).</summary>
internal abstract class ContainerField : Field
{
    protected ContainerField(IReadOnlyList<Field> children) => Children = children;

    public IReadOnlyList<Field> Children { get; }

    public override IEnumerable<string> Names => Children.SelectMany(c => c.Names);

    public override bool HasUpload => Children.Any(c => c.HasUpload);

    public override void Validate(PostContext post)
    {
        foreach (var child in Children)
        {
            child.Validate(post);
        }
    }

    public override void Collect(PostContext post)
    {
        foreach (var child in Children)
        {
            child.Collect(post);
        }
    }

    public override void Prefill(ProcedureState state, Dictionary<string, string> into)
    {
        foreach (var child in Children)
        {
            child.Prefill(state, into);
        }
    }

    public override void Recap(IReadOnlyDictionary<string, string> values, List<RecapRow> rows)
    {
        foreach (var child in Children)
        {
            child.Recap(values, rows);
        }
    }

    protected void RenderChildren(StringBuilder html, FormContext ctx)
    {
        foreach (var child in Children)
        {
            child.Render(html, ctx);
        }
    }
}

/// <summary>Static content: callouts, explanations, "data received from the DGFiP" notices, headings.</summary>
internal sealed class Content(Func<FormContext, string> render) : Field
{
    public Content(string html)
        : this(_ => html)
    {
    }

    public override void Render(StringBuilder html, FormContext ctx) => html.AppendLine(render(ctx));
}

/// <summary><c>fieldset.fr-fieldset</c> with a legend around related fields.</summary>
internal sealed class Group(string id, string legend, params Field[] children) : ContainerField(children)
{
    public string? Hint { get; init; }

    public override void Render(StringBuilder html, FormContext ctx)
    {
        var hint = Hint is null ? string.Empty : $"<span class=\"fr-hint-text\">{Html.E(Hint)}</span>";
        html.AppendLine($"<fieldset class=\"fr-fieldset fr-fieldset--group\" id=\"{id}\" aria-labelledby=\"{id}-legend\">");
        html.AppendLine($"<legend class=\"fr-fieldset__legend\" id=\"{id}-legend\"><span class=\"fr-h6\">{Html.E(ctx.Text(legend))}</span>{hint}</legend>");
        RenderChildren(html, ctx);
        html.AppendLine("</fieldset>");
    }
}

/// <summary>
/// Fields shown only when another control has a given value, like Démarche Numérique's conditional champs:
/// always in the DOM, <c>hidden</c> when the condition is false, toggled by script, ignored by the server when hidden.
/// </summary>
internal sealed class ShownWhen(string id, string controller, string expected, params Field[] children) : ContainerField(children)
{
    public override void Render(StringBuilder html, FormContext ctx)
    {
        var shown = ctx.Value(controller) == expected;
        html.AppendLine($"<div class=\"fr-fieldset__element conditional-block\" id=\"{id}\" data-condition-name=\"{Html.E(controller)}\" data-condition-value=\"{Html.E(expected)}\"{Html.Flag("hidden", !shown)}>");
        RenderChildren(html, ctx);
        html.AppendLine("</div>");
    }

    public override void Validate(PostContext post)
    {
        if (post.Input.Get(controller) == expected)
        {
            base.Validate(post);
        }
    }

    public override void Collect(PostContext post)
    {
        if (post.Input.Get(controller) == expected)
        {
            base.Collect(post);
        }
    }
}

/// <summary>Fields the server renders only when an answer given on an earlier step calls for them.</summary>
internal sealed class AskedIf(Func<ProcedureState, bool> condition, params Field[] children) : ContainerField(children)
{
    public override void Render(StringBuilder html, FormContext ctx)
    {
        if (condition(ctx.State))
        {
            RenderChildren(html, ctx);
        }
    }

    public override void Validate(PostContext post)
    {
        if (condition(post.State))
        {
            base.Validate(post);
        }
    }

    public override void Collect(PostContext post)
    {
        if (condition(post.State))
        {
            base.Collect(post);
        }
    }
}

/// <summary>
/// Honeypot in the manner of Démarche Numérique's invisible_captcha: moved off-screen, hidden from assistive
/// technologies, must stay empty. A walker must not report it as an asked field.
/// </summary>
internal sealed class Honeypot(string name) : Field
{
    public override void Render(StringBuilder html, FormContext ctx) => html.AppendLine($"""
        <div class="fr-input-group nom-prenom-confirmation" aria-hidden="true" style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden">
          <label for="{name}">Si vous êtes un humain, laissez ce champ vide</label>
          <input type="text" id="{name}" name="{name}" tabindex="-1" autocomplete="off" value="">
        </div>
        """);

    public override void Validate(PostContext post)
    {
        if (post.Input.Get(name).Length > 0)
        {
            post.Fail("__honeypot", "contenu", "Formulaire", "Votre demande n’a pas pu être traitée. Veuillez réessayer.");
        }
    }
}

/// <summary>How a text control is labelled: DSFR's explicit label, or one of the faults met on real sites.</summary>
internal enum LabelMode
{
    /// <summary><c>label.fr-label[for]</c> + hint span inside the label.</summary>
    Linked,

    /// <summary>No label at all, only a placeholder.</summary>
    PlaceholderOnly,

    /// <summary>A <c>label</c> element without <c>for</c>, not wrapping the input.</summary>
    Unlinked,

    /// <summary>The label text is a nearby paragraph; the input has no accessible name.</summary>
    Paragraph,

    /// <summary>Name given by <c>aria-label</c> only; the visible text is decorative.</summary>
    AriaLabel,

    /// <summary>Name given by <c>aria-labelledby</c> pointing at a heading elsewhere.</summary>
    AriaLabelledBy,

    /// <summary>Démarche Numérique API champ (dgfip, cnaf): plain label, <c>p.notice</c> linked by aria-describedby, no fr- classes.</summary>
    DsNotice,
}

/// <summary>Common parts of the controls that carry one label.</summary>
internal abstract class InputField : Field
{
    protected InputField(string name, string label)
    {
        Name = name;
        Label = label;
        Id = name;
    }

    public string Name { get; }

    public string Label { get; }

    public string Id { get; init; }

    public string? Hint { get; init; }

    public bool Optional { get; init; }

    /// <summary>Value an API or FranceConnect provides; shown with "Donnée remplie automatiquement.".</summary>
    public Func<ProcedureState, string?>? PrefillFrom { get; init; }

    /// <summary>Read-only when pre-filled (the server ignores what is posted).</summary>
    public bool ReadOnly { get; init; }

    public string? RecapLabel { get; init; }

    public override IEnumerable<string> Names => [Name];

    protected bool IsLocked(ProcedureState state) => ReadOnly && !string.IsNullOrEmpty(PrefillFrom?.Invoke(state));

    public override void Prefill(ProcedureState state, Dictionary<string, string> into)
    {
        var value = PrefillFrom?.Invoke(state);
        if (!string.IsNullOrEmpty(value))
        {
            into[Name] = value;
        }
    }

    protected string LabelInner(FormContext ctx, bool withHint = true)
    {
        var sb = new StringBuilder(Html.E(ctx.Text(Label)));
        if (Optional && ctx.Style == FormStyle.Dsfr)
        {
            sb.Append(" (optionnel)");
        }

        if (!Optional && ctx.Style == FormStyle.DemarcheNumerique)
        {
            sb.Append(' ').Append(Asterisk);
        }

        if (withHint && Hint is not null)
        {
            sb.Append($"<span class=\"fr-hint-text\">{Html.E(Hint)}</span>");
        }

        return sb.ToString();
    }

    /// <summary>Démarche Numérique's mandatory mark: an SVG whose accessible name is "obligatoire".</summary>
    public const string Asterisk = "<svg class=\"icon mandatory\" role=\"img\" aria-label=\"obligatoire\" width=\"8\" height=\"8\" viewBox=\"0 0 12 12\"><desc>obligatoire</desc><path d=\"M6 0l1.4 4.1H12L8.3 6.7l1.4 4.3L6 8.4 2.3 11l1.4-4.3L0 4.1h4.6z\" fill=\"currentColor\"/></svg>";

    protected string Messages(FormContext ctx, string id, string? extra = null)
    {
        var error = ctx.Error(Name);
        var sb = new StringBuilder($"<div class=\"fr-messages-group\" id=\"{id}-messages\" aria-live=\"polite\">");
        if (error is not null)
        {
            sb.Append($"<p class=\"fr-message fr-message--error\" id=\"{id}-message-error\">{Html.E(error.Message)}</p>");
        }

        if (ctx.IsPrefilled(Name))
        {
            sb.Append($"<p class=\"fr-message fr-message--info\" id=\"{id}-message-info\">Donnée remplie automatiquement.</p>");
        }

        sb.Append(extra);
        sb.Append("</div>");
        return sb.ToString();
    }

    public override void Recap(IReadOnlyDictionary<string, string> values, List<RecapRow> rows)
    {
        if (values.TryGetValue(Name, out var value) && value.Length > 0)
        {
            rows.Add(new RecapRow(RecapLabel ?? Label, Display(value)));
        }
    }

    protected virtual string Display(string value) => value;
}

/// <summary>Text, e-mail, tel, number, date or textarea control (<c>input.fr-input</c>).</summary>
internal sealed class TextField(string name, string label) : InputField(name, label)
{
    public string Type { get; init; } = "text";

    public string? Autocomplete { get; init; }

    public string? InputMode { get; init; }

    public int MaxLength { get; init; }

    public string? Placeholder { get; init; }

    public int Rows { get; init; }

    public LabelMode LabelMode { get; init; } = LabelMode.Linked;

    /// <summary>Extra ids for <see cref="LabelMode.AriaLabelledBy"/> (e.g. a table row header).</summary>
    public string? LabelledBy { get; init; }

    /// <summary>Visible text beside an <see cref="LabelMode.AriaLabel"/> control.</summary>
    public string? VisibleText { get; init; }

    /// <summary>Hint outside the label, linked by aria-describedby (DS "description", DS API notice).</summary>
    public string? Description { get; init; }

    public Func<string, string?>? Check { get; init; }

    public Func<string, string>? Format { get; init; }

    public override void Render(StringBuilder html, FormContext ctx)
    {
        var value = ctx.Value(Name);
        var error = ctx.Error(Name);
        var locked = IsLocked(ctx.State);
        var isDate = Type == "date";
        html.Append($"<div class=\"fr-input-group{(error is null ? string.Empty : " fr-input-group--error")}{(locked ? " fr-input-group--disabled" : string.Empty)}\" id=\"{Id}-group\">\n");

        var describedBy = new List<string>();
        var inputClass = LabelMode == LabelMode.DsNotice ? null : "fr-input" + (error is null ? string.Empty : " fr-input--error");
        string? ariaLabel = null;
        string? ariaLabelledBy = null;
        string? placeholder = Placeholder;
        string before;
        switch (LabelMode)
        {
            case LabelMode.PlaceholderOnly:
                before = string.Empty;
                placeholder ??= ctx.Text(Label);
                break;
            case LabelMode.Unlinked:
                before = $"<label class=\"fr-label\">{LabelInner(ctx)}</label>\n";
                break;
            case LabelMode.Paragraph:
                before = $"<p class=\"fr-text--bold fr-mb-1w\">{LabelInner(ctx)}</p>\n";
                break;
            case LabelMode.AriaLabel:
                before = VisibleText is null ? string.Empty : $"<span class=\"fr-badge fr-badge--info\" aria-hidden=\"true\">{Html.E(VisibleText)}</span>\n";
                ariaLabel = ctx.Text(Label);
                break;
            case LabelMode.AriaLabelledBy:
                before = LabelledBy is null ? $"<p class=\"fr-label\" id=\"{Id}-titre\">{LabelInner(ctx)}</p>\n" : string.Empty;
                ariaLabelledBy = LabelledBy ?? $"{Id}-titre";
                break;
            case LabelMode.DsNotice:
                before = $"<label for=\"{Id}\">{LabelInner(ctx, withHint: false)}</label>\n";
                break;
            default:
                before = $"<label class=\"fr-label\" for=\"{Id}\">{LabelInner(ctx)}</label>\n";
                break;
        }

        html.Append(before);
        if (Description is not null)
        {
            var cls = LabelMode == LabelMode.DsNotice ? "notice" : "fr-hint-text";
            var tag = LabelMode == LabelMode.DsNotice ? "p" : "div";
            html.Append($"<{tag} class=\"{cls}\" id=\"{Id}-description\">{Html.E(Description)}</{tag}>\n");
            describedBy.Add($"{Id}-description");
        }

        describedBy.Add($"{Id}-messages");
        var common = $"{Html.Attr("class", inputClass)} id=\"{Id}\" name=\"{Name}\"{Html.Attr("autocomplete", Autocomplete)}{Html.Attr("inputmode", InputMode)}"
            + $"{(MaxLength > 0 ? $" maxlength=\"{MaxLength}\"" : string.Empty)}{Html.Attr("placeholder", placeholder)}{Html.Attr("aria-label", ariaLabel)}{Html.Attr("aria-labelledby", ariaLabelledBy)}"
            + $"{Html.Flag("required", !Optional && !locked)}{Html.Flag("readonly", locked)} aria-describedby=\"{string.Join(' ', describedBy)}\""
            + $"{(error is null ? string.Empty : " aria-invalid=\"true\"")}";
        if (Rows > 0)
        {
            html.Append($"<textarea{common} rows=\"{Rows}\">{Html.E(value)}</textarea>\n");
        }
        else
        {
            var spell = Type == "text" ? " spellcheck=\"false\"" : string.Empty;
            html.Append($"<input type=\"{Type}\"{common}{spell} value=\"{Html.E(value)}\"{(isDate ? " max=\"2100-12-31\"" : string.Empty)}>\n");
        }

        html.Append(Messages(ctx, Id));
        html.Append("\n</div>\n");
    }

    public override void Validate(PostContext post)
    {
        if (IsLocked(post.State))
        {
            return;
        }

        var value = post.Input.Get(Name);
        if (value.Length == 0)
        {
            if (!Optional)
            {
                post.Fail(Name, Id, Label, post.Required(Label));
            }

            return;
        }

        var problem = Type == "date" ? Checks.IsoDate(value) : null;
        problem ??= Check?.Invoke(value);
        if (problem is not null)
        {
            post.Fail(Name, Id, Label, problem);
        }
    }

    public override void Collect(PostContext post) =>
        post.Values[Name] = IsLocked(post.State) ? PrefillFrom!(post.State)! : post.Input.Get(Name);

    protected override string Display(string value) =>
        Format?.Invoke(value) ?? (Type == "date" && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : value);
}

internal sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary><c>select.fr-select</c> with DSFR's disabled, hidden placeholder option.</summary>
internal sealed class SelectField(string name, string label, params Choice[] choices) : InputField(name, label)
{
    public IReadOnlyList<Choice> Choices { get; } = choices;

    public override void Render(StringBuilder html, FormContext ctx)
    {
        var value = ctx.Value(Name);
        var error = ctx.Error(Name);
        var locked = IsLocked(ctx.State);
        var placeholder = ctx.Style == FormStyle.DemarcheNumerique ? "Sélectionnez" : "Sélectionner une option";
        html.Append($"<div class=\"fr-select-group{(error is null ? string.Empty : " fr-select-group--error")}\" id=\"{Id}-group\">\n");
        html.Append($"<label class=\"fr-label\" for=\"{Id}\">{LabelInner(ctx)}</label>\n");
        html.Append($"<select class=\"fr-select{(error is null ? string.Empty : " fr-select--error")}\" id=\"{Id}\" name=\"{Name}\"{Html.Flag("required", !Optional)}{Html.Flag("disabled", locked)} aria-describedby=\"{Id}-messages\">\n");
        html.Append($"<option value=\"\"{Html.Flag("selected", value.Length == 0)} disabled hidden>{placeholder}</option>\n");
        foreach (var c in Choices)
        {
            html.Append($"<option value=\"{Html.E(c.Value)}\"{Html.Flag("selected", c.Value == value)}>{Html.E(c.Text)}</option>\n");
        }

        html.Append("</select>\n");
        html.Append(Messages(ctx, Id));
        html.Append("\n</div>\n");
    }

    public override void Validate(PostContext post)
    {
        if (IsLocked(post.State))
        {
            return;
        }

        var value = post.Input.Get(Name);
        if (value.Length == 0)
        {
            if (!Optional)
            {
                post.Fail(Name, Id, Label, post.Style == FormStyle.DemarcheNumerique ? post.Required(Label) : "Veuillez sélectionner une option.");
            }
        }
        else if (!Choices.Any(c => c.Value == value))
        {
            post.Fail(Name, Id, Label, "La valeur sélectionnée n’est pas valide.");
        }
    }

    public override void Collect(PostContext post) =>
        post.Values[Name] = IsLocked(post.State) ? PrefillFrom!(post.State)! : post.Input.Get(Name);

    protected override string Display(string value) => Choices.FirstOrDefault(c => c.Value == value)?.Text ?? value;
}

/// <summary>Radio buttons in a <c>fieldset.fr-fieldset</c>; ids are <c>{Id}-{value}</c>.</summary>
internal sealed class RadioField(string name, string legend, params Choice[] choices) : InputField(name, legend)
{
    public IReadOnlyList<Choice> Choices { get; } = choices;

    public bool Inline { get; init; } = true;

    public override void Render(StringBuilder html, FormContext ctx)
    {
        var value = ctx.Value(Name);
        var error = ctx.Error(Name);
        html.Append($"<fieldset class=\"fr-fieldset{(error is null ? string.Empty : " fr-fieldset--error")}\" id=\"{Id}\"{(error is null ? string.Empty : " role=\"group\"")} aria-labelledby=\"{Id}-legend {Id}-messages\">\n");
        html.Append($"<legend class=\"fr-fieldset__legend fr-fieldset__legend--regular\" id=\"{Id}-legend\">{LabelInner(ctx)}</legend>\n");
        foreach (var c in Choices)
        {
            var id = $"{Id}-{c.Value}";
            var hint = c.Hint is null ? string.Empty : $"<span class=\"fr-hint-text\">{Html.E(c.Hint)}</span>";
            html.Append($"<div class=\"fr-fieldset__element{(Inline ? " fr-fieldset__element--inline" : string.Empty)}\"><div class=\"fr-radio-group\">");
            html.Append($"<input type=\"radio\" id=\"{id}\" name=\"{Name}\" value=\"{Html.E(c.Value)}\"{Html.Flag("checked", c.Value == value)}{Html.Flag("required", !Optional)}>");
            html.Append($"<label class=\"fr-label\" for=\"{id}\">{Html.E(c.Text)}{hint}</label></div></div>\n");
        }

        html.Append(Messages(ctx, Id));
        html.Append("\n</fieldset>\n");
    }

    public override void Validate(PostContext post)
    {
        var value = post.Input.Get(Name);
        if (value.Length == 0)
        {
            if (!Optional)
            {
                post.Fail(Name, $"{Id}-{Choices[0].Value}", Label, post.Style == FormStyle.DemarcheNumerique ? post.Required(Label) : "Veuillez sélectionner une réponse.");
            }
        }
        else if (!Choices.Any(c => c.Value == value))
        {
            post.Fail(Name, $"{Id}-{Choices[0].Value}", Label, "La réponse sélectionnée n’est pas valide.");
        }
    }

    public override void Collect(PostContext post) => post.Values[Name] = post.Input.Get(Name);

    protected override string Display(string value) => Choices.FirstOrDefault(c => c.Value == value)?.Text ?? value;
}

/// <summary>A single DSFR checkbox (the input is visually hidden under the label's box).</summary>
internal sealed class CheckboxField(string name, string label) : InputField(name, label)
{
    public override void Render(StringBuilder html, FormContext ctx)
    {
        var error = ctx.Error(Name);
        var hint = Hint is null ? string.Empty : $"<span class=\"fr-hint-text\">{Html.E(Hint)}</span>";
        html.Append($"<div class=\"fr-checkbox-group{(error is null ? string.Empty : " fr-checkbox-group--error")}\" id=\"{Id}-group\">\n");
        html.Append($"<input type=\"checkbox\" id=\"{Id}\" name=\"{Name}\" value=\"oui\"{Html.Flag("checked", ctx.Value(Name) == "oui")}{Html.Flag("required", !Optional)} aria-describedby=\"{Id}-messages\">\n");
        html.Append($"<label class=\"fr-label\" for=\"{Id}\">{Html.E(ctx.Text(Label))}{hint}</label>\n");
        html.Append(Messages(ctx, Id));
        html.Append("\n</div>\n");
    }

    public override void Validate(PostContext post)
    {
        if (!Optional && post.Input.Get(Name) != "oui")
        {
            post.Fail(Name, Id, Label, "Vous devez cocher cette case pour continuer.");
        }
    }

    public override void Collect(PostContext post) => post.Values[Name] = post.Input.Get(Name) == "oui" ? "oui" : "non";

    protected override string Display(string value) => value == "oui" ? "Oui" : "Non";
}

/// <summary>Checkboxes in a fieldset; the stored value is the checked values joined by commas.</summary>
internal sealed class CheckboxGroupField(string name, string legend, params Choice[] choices) : InputField(name, legend)
{
    public IReadOnlyList<Choice> Choices { get; } = choices;

    public override void Render(StringBuilder html, FormContext ctx)
    {
        var values = ctx.Value(Name).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var error = ctx.Error(Name);
        html.Append($"<fieldset class=\"fr-fieldset{(error is null ? string.Empty : " fr-fieldset--error")}\" id=\"{Id}\" aria-labelledby=\"{Id}-legend {Id}-messages\">\n");
        html.Append($"<legend class=\"fr-fieldset__legend fr-fieldset__legend--regular\" id=\"{Id}-legend\">{LabelInner(ctx)}</legend>\n");
        foreach (var c in Choices)
        {
            var id = $"{Id}-{c.Value}";
            html.Append($"<div class=\"fr-fieldset__element\"><div class=\"fr-checkbox-group\">");
            html.Append($"<input type=\"checkbox\" id=\"{id}\" name=\"{Name}\" value=\"{Html.E(c.Value)}\"{Html.Flag("checked", values.Contains(c.Value))}>");
            html.Append($"<label class=\"fr-label\" for=\"{id}\">{Html.E(c.Text)}</label></div></div>\n");
        }

        html.Append(Messages(ctx, Id));
        html.Append("\n</fieldset>\n");
    }

    public override void Validate(PostContext post)
    {
        var values = post.Input.GetAll(Name);
        if (values.Count == 0 && !Optional)
        {
            post.Fail(Name, $"{Id}-{Choices[0].Value}", Label, "Veuillez cocher au moins une case.");
        }
        else if (values.Any(v => !Choices.Any(c => c.Value == v)))
        {
            post.Fail(Name, $"{Id}-{Choices[0].Value}", Label, "La réponse cochée n’est pas valide.");
        }
    }

    public override void Collect(PostContext post) => post.Values[Name] = string.Join(',', post.Input.GetAll(Name));

    protected override string Display(string value) =>
        string.Join(", ", value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => Choices.FirstOrDefault(c => c.Value == v)?.Text ?? v));
}

/// <summary>DSFR "date unique" pattern: Jour / Mois / Année text inputs in one fieldset (one data item).</summary>
internal sealed class DateField(string name, string legend) : InputField(name, legend)
{
    public bool PastOnly { get; init; } = true;

    private string Day => $"{Name}-jour";

    private string Month => $"{Name}-mois";

    private string Year => $"{Name}-annee";

    public override IEnumerable<string> Names => [Day, Month, Year];

    public override void Prefill(ProcedureState state, Dictionary<string, string> into)
    {
        var iso = PrefillFrom?.Invoke(state);
        if (iso is { Length: 10 })
        {
            into[Year] = iso[..4];
            into[Month] = iso[5..7];
            into[Day] = iso[8..10];
        }
    }

    public override void Render(StringBuilder html, FormContext ctx)
    {
        var error = ctx.Error(Name);
        var locked = IsLocked(ctx.State);
        var prefilled = ctx.IsPrefilled(Day);
        var hint = Hint ?? "Exemple : 14 12 1984";
        html.Append($"<fieldset class=\"fr-fieldset{(error is null ? string.Empty : " fr-fieldset--error")}\" id=\"{Id}\" role=\"group\" aria-labelledby=\"{Id}-legend {Id}-messages\">\n");
        html.Append($"<legend class=\"fr-fieldset__legend\" id=\"{Id}-legend\">{Html.E(ctx.Text(Label))}{(Optional && ctx.Style == FormStyle.Dsfr ? " (optionnel)" : string.Empty)}<span class=\"fr-hint-text\">{Html.E(hint)}</span></legend>\n");
        Part(html, ctx, Day, $"{Id}-jour", "Jour", "Exemple : 14", "number", 2, "bday-day", locked);
        Part(html, ctx, Month, $"{Id}-mois", "Mois", "Exemple : 12", "number", 2, "bday-month", locked);
        Part(html, ctx, Year, $"{Id}-annee", "Année", "Exemple : 1984", "year", 4, "bday-year", locked);
        html.Append($"<div class=\"fr-messages-group\" id=\"{Id}-messages\" aria-live=\"assertive\">");
        if (error is not null)
        {
            html.Append($"<p class=\"fr-message fr-message--error\" id=\"{Id}-message-error\">{Html.E(error.Message)}</p>");
        }

        if (prefilled)
        {
            html.Append($"<p class=\"fr-message fr-message--info\">Donnée remplie automatiquement.</p>");
        }

        html.Append("</div>\n</fieldset>\n");
    }

    private void Part(StringBuilder html, FormContext ctx, string name, string id, string label, string hint, string kind, int length, string autocomplete, bool locked)
    {
        var isBirth = Label.Contains("naissance", StringComparison.OrdinalIgnoreCase);
        html.Append($"<div class=\"fr-fieldset__element fr-fieldset__element--inline fr-fieldset__element--{kind}\"><div class=\"fr-input-group\">");
        html.Append($"<label class=\"fr-label\" for=\"{id}\">{label}<span class=\"fr-hint-text\">{hint}</span></label>");
        html.Append($"<input class=\"fr-input\" type=\"text\" id=\"{id}\" name=\"{name}\" inputmode=\"numeric\" maxlength=\"{length}\"{(isBirth ? $" autocomplete=\"{autocomplete}\"" : string.Empty)}");
        html.Append($" value=\"{Html.E(ctx.Value(name))}\"{Html.Flag("required", !Optional && !locked)}{Html.Flag("readonly", locked)} aria-describedby=\"{Id}-messages\">");
        html.Append("</div></div>\n");
    }

    public override void Validate(PostContext post)
    {
        if (IsLocked(post.State))
        {
            return;
        }

        var (d, m, y) = (post.Input.Get(Day), post.Input.Get(Month), post.Input.Get(Year));
        if (d.Length + m.Length + y.Length == 0)
        {
            if (!Optional)
            {
                post.Fail(Name, $"{Id}-jour", Label, post.Style == FormStyle.DemarcheNumerique ? post.Required(Label) : "Veuillez indiquer une date complète : jour, mois et année.");
            }

            return;
        }

        if (!TryDate(d, m, y, out var date))
        {
            post.Fail(Name, $"{Id}-jour", Label, "La date saisie n’est pas valide. Exemple : 14 12 1984");
        }
        else if (PastOnly && date > DateOnly.FromDateTime(DateTime.Today))
        {
            post.Fail(Name, $"{Id}-jour", Label, "La date doit être dans le passé.");
        }
    }

    public override void Collect(PostContext post)
    {
        if (IsLocked(post.State))
        {
            var iso = PrefillFrom!(post.State)!;
            post.Values[Year] = iso[..4];
            post.Values[Month] = iso[5..7];
            post.Values[Day] = iso[8..10];
            return;
        }

        post.Values[Day] = post.Input.Get(Day);
        post.Values[Month] = post.Input.Get(Month);
        post.Values[Year] = post.Input.Get(Year);
    }

    public override void Recap(IReadOnlyDictionary<string, string> values, List<RecapRow> rows)
    {
        if (values.TryGetValue(Day, out var d) && values.TryGetValue(Month, out var m) && values.TryGetValue(Year, out var y) && TryDate(d, m, y, out var date))
        {
            rows.Add(new RecapRow(RecapLabel ?? Label, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        }
    }

    private static bool TryDate(string d, string m, string y, out DateOnly date)
    {
        date = default;
        return int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && (date = new DateOnly(year, month, day)) != default;
    }
}

/// <summary><c>input.fr-upload[type=file]</c> with DSFR's mandatory constraints hint; stores the file name.</summary>
internal sealed class UploadField(string name, string label) : InputField(name, label)
{
    public const string DefaultHint = "Taille maximale : 10 Mo. Formats supportés : pdf, jpg, png.";
    private const long MaxBytes = 10L * 1024 * 1024;

    public string Accept { get; init; } = ".pdf,.jpg,.jpeg,.png";

    /// <summary>What is expected, shown before the size and format constraints.</summary>
    public string? Detail { get; init; }

    /// <summary>Size and format constraints (DSFR makes this hint mandatory).</summary>
    public string Constraints { get; init; } = DefaultHint;

    public override bool HasUpload => true;

    public override void Render(StringBuilder html, FormContext ctx)
    {
        var error = ctx.Error(Name);
        var already = ctx.Value(Name);
        var hint = Detail is null ? Constraints : $"{Detail} {Constraints}";
        html.Append($"<div class=\"fr-upload-group{(error is null ? string.Empty : " fr-upload-group--error")}\" id=\"{Id}-group\">\n");
        html.Append($"<label class=\"fr-label\" for=\"{Id}\">{Html.E(ctx.Text(Label))}{(Optional && ctx.Style == FormStyle.Dsfr ? " (optionnel)" : string.Empty)}{(!Optional && ctx.Style == FormStyle.DemarcheNumerique ? " " + Asterisk : string.Empty)}<span class=\"fr-hint-text\">{Html.E(hint)}</span></label>\n");
        html.Append($"<input class=\"fr-upload\" type=\"file\" id=\"{Id}\" name=\"{Name}\" accept=\"{Accept}\"{Html.Flag("required", !Optional && already.Length == 0)} aria-describedby=\"{Id}-messages\">\n");
        var done = already.Length == 0 ? null : $"<p class=\"fr-message fr-message--valid\">Fichier déjà transmis : {Html.E(already)}</p>";
        html.Append(Messages(ctx, Id, done));
        html.Append("\n</div>\n");
    }

    public override void Validate(PostContext post)
    {
        var file = post.Input.File(Name);
        if (file is null)
        {
            if (!Optional && post.State.Value(Name).Length == 0)
            {
                post.Fail(Name, Id, Label, post.Style == FormStyle.DemarcheNumerique ? post.Required(Label) : "Veuillez ajouter un fichier.");
            }

            return;
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension.Length == 0 || !Accept.Split(',').Contains(extension))
        {
            post.Fail(Name, Id, Label, "Format de fichier non supporté");
        }
        else if (file.Length > MaxBytes)
        {
            post.Fail(Name, Id, Label, "Le fichier dépasse la taille maximale autorisée (10 Mo).");
        }
        else if (!LooksLike(file, extension))
        {
            post.Fail(Name, Id, Label, "Le fichier est corrompu ou illisible. Merci d’envoyer un autre fichier.");
        }
    }

    public override void Collect(PostContext post)
    {
        var file = post.Input.File(Name);
        var value = file is null ? post.State.Value(Name) : Path.GetFileName(file.FileName);
        if (value.Length > 0)
        {
            post.Values[Name] = value;
        }
    }

    private static bool LooksLike(Microsoft.AspNetCore.Http.IFormFile file, string extension)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = file.OpenReadStream();
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        if (read < 4)
        {
            return false;
        }

        return extension switch
        {
            ".pdf" => head.SequenceEqual("%PDF"u8),
            ".jpg" or ".jpeg" => head[0] == 0xFF && head[1] == 0xD8,
            ".png" => head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N' && head[3] == (byte)'G',
            _ => true,
        };
    }
}
