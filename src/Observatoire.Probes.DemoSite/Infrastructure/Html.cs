using System.Text;

namespace Observatoire.Probes.DemoSite.Infrastructure;

/// <summary>HTML encoding that keeps French characters readable in the page source.</summary>
internal static class Html
{
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>` name="value"` or nothing when the value is null.</summary>
    public static string Attr(string name, string? value) => value is null ? string.Empty : $" {name}=\"{E(value)}\"";

    public static string Flag(string name, bool on) => on ? $" {name}" : string.Empty;
}
