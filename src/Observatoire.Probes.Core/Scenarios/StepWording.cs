using System.Text.RegularExpressions;

namespace Observatoire.Probes.Scenarios;

/// <summary>How French messages and reports name a step of the walk and what it targets (« cliquer sur le bouton
/// « Suivant » »), from the walker's own words (<c>click button "Suivant"</c>, the words `probes check` prints).</summary>
public static partial class StepWording
{
    /// <summary>The target as a French sentence names it: « le champ « Nom » », « le bouton « Suivant » dans le cadre iframe#f ».</summary>
    public static string French(Target target)
    {
        var value = target.Value;
        var what = target.Kind switch
        {
            TargetKind.Label => $"le champ « {value} »",
            TargetKind.Button => $"le bouton « {value} »",
            TargetKind.Link => $"le lien « {value} »",
            TargetKind.Text => $"le texte « {value} »",
            TargetKind.Placeholder => $"le champ marqué « {value} »",
            TargetKind.Css => $"l'élément {value}",
            TargetKind.TestId => $"l'élément « {value} » (data-testid)",
            _ => $"l'adresse contenant « {value} »",
        };
        return target.Frame is null ? what : $"{what} dans le cadre {target.Frame}";
    }

    /// <summary>
    /// A step of the walk in French, from its description (<see cref="ScenarioStep.Describe"/>, or « open URL » for the
    /// start): « remplir le champ « Nom » avec « ${nom} » »; a form it does not know is left as it is. A choice ends at the
    /// first « " in » a target kind follows: a target in a frame has an « in » of its own.
    /// </summary>
    public static string French(string description)
    {
        var m = StepWords().Match(description);
        if (!m.Success)
        {
            return description;
        }

        var target = m.Groups["target"].Success ? Target(m.Groups["target"].Value) : "";
        var argument = m.Groups["arg"].Value;
        return m.Groups["verb"].Value switch
        {
            "open" => $"ouvrir {argument}",
            "goto" => $"aller à {argument}",
            "fill" => $"remplir {target} avec « {argument} »",
            "select" => $"choisir « {argument} » dans {target}",
            "upload" => $"déposer {argument} dans {target}",
            "press" => $"appuyer sur {argument} dans {target}",
            "wait for" => $"attendre {target}",
            "stop before" => $"s'arrêter avant {target} (jamais pressé)",
            "click" => $"cliquer sur {target}",
            "check" => $"cocher {target}",
            "uncheck" => $"décocher {target}",
            _ => description,
        };
    }

    /// <summary>A target as <see cref="Scenarios.Target.ToString"/> writes it, in French; left as it is when not one.</summary>
    private static string Target(string target)
    {
        var m = TargetWords().Match(target);
        return m.Success && Enum.TryParse<TargetKind>(m.Groups["kind"].Value, ignoreCase: true, out var kind)
            ? French(new Target(kind, m.Groups["value"].Value, m.Groups["frame"].Success ? m.Groups["frame"].Value : null))
            : target;
    }

    [GeneratedRegex("""^(?:(?<verb>open|goto) (?<arg>.+)|(?<verb>fill) (?<target>.+?) with "(?<arg>.*)"|(?<verb>select) "(?<arg>.*?)" in (?<target>(?:label|button|link|text|placeholder|css|testid|url) ".+)|(?<verb>upload) (?<arg>.+?) to (?<target>.+)|(?<verb>press) (?<arg>\S+) in (?<target>.+)|(?<verb>wait for|stop before|click|check|uncheck) (?<target>.+))$""")]
    private static partial Regex StepWords();

    [GeneratedRegex("""^(?<kind>label|button|link|text|placeholder|css|testid|url) "(?<value>.*?)"(?: in frame (?<frame>.+))?$""")]
    private static partial Regex TargetWords();
}
