namespace Observatoire.Probes;

/// <summary>A position in an input file, 1-based, printed the way compilers do; line 0 names the source alone (an environment variable).</summary>
public sealed record SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => Line == 0 ? File : $"{File}:{Line}:{Column}";
}

/// <summary>One problem found in an input file: where, what, and what to do about it.</summary>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null)
{
    /// <summary>For a problem in an included file (a persona, a fragment): the scenario line that includes it.</summary>
    public SourcePosition? IncludedAt { get; init; }

    public override string ToString() => Hint is null ? $"{Position}: {Message}" : $"{Position}: {Message} ({Hint})";
}

/// <summary>Base of every error the product reports to a user rather than as a crash.</summary>
public class ProbeException : Exception
{
    public ProbeException(string message) : base(message) { }
    public ProbeException(string message, Exception inner) : base(message, inner) { }
    public ProbeException() { }
}

/// <summary>An input file (scenario, catalogue) is invalid; carries every problem found, not only the first.</summary>
public sealed class InvalidInputException : ProbeException
{
    public InvalidInputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    public InvalidInputException() : this([]) { }
    public InvalidInputException(string message) : base(message) => Diagnostics = [];
    public InvalidInputException(string message, Exception inner) : base(message, inner) => Diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
