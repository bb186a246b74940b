using System.Text.RegularExpressions;

namespace Observatoire.Probes.Scenarios;

/// <summary>${name} refers to a persona value; ${secret:NAME} to a secret from configuration, never from YAML.</summary>
public static partial class Placeholders
{
    [GeneratedRegex(@"\$\{\s*(secret:)?([A-Za-z_][A-Za-z0-9_.-]*)\s*\}")]
    private static partial Regex Pattern();

    public static IEnumerable<(bool IsSecret, string Name)> Find(string text) =>
        Pattern().Matches(text).Select(m => (m.Groups[1].Success, m.Groups[2].Value));

    /// <summary>The first `${` that does not open a well-formed placeholder (`${name}` or `${secret:NAME}`), or null.</summary>
    public static string? Malformed(string text)
    {
        for (var i = text.IndexOf("${", StringComparison.Ordinal); i >= 0; i = text.IndexOf("${", i + 2, StringComparison.Ordinal))
        {
            var m = Pattern().Match(text, i);
            if (!m.Success || m.Index != i)
            {
                var end = text.IndexOf('}', i);
                return end < 0 ? text[i..Math.Min(text.Length, i + 30)] : text[i..Math.Min(end + 1, i + 40)];
            }
        }

        return null;
    }

    /// <summary>Replaces every placeholder; throws a <see cref="ProbeException"/> naming a missing secret (in French: the
    /// walk's messages reach the evidence and the export).</summary>
    public static string Resolve(string text, IReadOnlyDictionary<string, string> values, Func<string, string?> secret) =>
        Pattern().Replace(text, m =>
        {
            var name = m.Groups[2].Value;
            if (m.Groups[1].Success)
            {
                return secret(name) ?? throw new ProbeException(
                    $"le secret `{name}` n'est pas configuré : renseignez Secrets:{name} dans probes.settings.json ou la variable d'environnement PROBES_Secrets__{name}");
            }

            return values.TryGetValue(name, out var value) ? value : throw new ProbeException($"la valeur `{name}` n'est pas définie dans `persona.values`");
        });
}
