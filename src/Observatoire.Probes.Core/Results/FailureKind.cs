namespace Observatoire.Probes.Results;

/// <summary>Why a procedure could not be measured. Each kind is "not measured" (À venir), never a score.</summary>
public enum FailureKind
{
    /// <summary>Connection refused, DNS, 5xx: the site is down.</summary>
    SiteDown,
    /// <summary>403, a bot-block page, a captcha: another walk would meet the same wall.</summary>
    Blocked,
    /// <summary>429 or a "too many requests" page: the site asks the probe to come back later (Retry-After).</summary>
    RateLimited,
    /// <summary>The page did not answer in time, or the session expired.</summary>
    Timeout,
    /// <summary>A target of the scenario is not on the page: the form changed (drift) or the scenario is wrong.</summary>
    TargetNotFound,
    /// <summary>The scenario would have submitted a real application; the probe refused.</summary>
    SubmissionRefused,
    /// <summary>A secret or persona value is missing, a file cannot be read, a URL is not allowed.</summary>
    ScenarioError,
    /// <summary>The browser itself failed, or the probe crashed.</summary>
    BrowserError,
}

public static class FailureKinds
{
    /// <summary>Infrastructure failures that another walk may not meet; a scenario's own fault would fail again.</summary>
    public static bool IsTransient(this FailureKind kind) => kind is FailureKind.SiteDown or FailureKind.Timeout or FailureKind.BrowserError or FailureKind.RateLimited;

    /// <summary>The cause as the observatoire's published columns write it.</summary>
    public static string French(this FailureKind kind) => kind switch
    {
        FailureKind.SiteDown => "Site indisponible",
        FailureKind.Blocked => "Accès bloqué",
        FailureKind.RateLimited => "Trop de requêtes",
        FailureKind.Timeout => "Délai dépassé",
        FailureKind.TargetNotFound => "Formulaire modifié",
        FailureKind.SubmissionRefused => "Soumission refusée",
        FailureKind.ScenarioError => "Scénario à corriger",
        _ => "Erreur du navigateur",
    };
}
