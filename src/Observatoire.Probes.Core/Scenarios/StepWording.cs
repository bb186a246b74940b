namespace Observatoire.Probes.Scenarios;

/// <summary>How French messages and reports name what a scenario's step targets (« le bouton « Suivant » »).</summary>
public static class StepWording
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
}
