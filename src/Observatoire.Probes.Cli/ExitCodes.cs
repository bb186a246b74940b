namespace Observatoire.Probes.Cli;

/// <summary>The exit codes documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Every procedure was measured (whatever its score); for validate, every file is valid.</summary>
    public const int Ok = 0;
    /// <summary>Some procedures could not be measured (site down, blocked, scenario out of date).</summary>
    public const int NotMeasured = 1;
    /// <summary>Some input is invalid (scenario, catalogue, classify line); valid procedures were still run.</summary>
    public const int InvalidInput = 2;
    /// <summary>The run itself failed: browser cannot start, no scenario found, report cannot be written.</summary>
    public const int Failure = 3;
    /// <summary>Wrong command line.</summary>
    public const int Usage = 64;
}
