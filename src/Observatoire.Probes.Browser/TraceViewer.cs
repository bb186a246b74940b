namespace Observatoire.Probes.Browser;

/// <summary>
/// Playwright's own trace viewer, shipped inside the Microsoft.Playwright package, served on 127.0.0.1 for one trace
/// file: it opens without the internet (the viewer Allure 3 links to, trace.playwright.dev, is a web site) and the trace,
/// which holds a person's walk, never leaves the machine. Playwright prints the address ("Listening on …") and, on a
/// desktop, opens it in the default browser; the call returns when the viewer is stopped (Ctrl+C).
/// </summary>
public static class TraceViewer
{
    public static int Serve(string traceZip, int port) =>
        Microsoft.Playwright.Program.Main(["show-trace", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.GetFullPath(traceZip)]);
}
