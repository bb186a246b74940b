using System.Globalization;
using System.Text;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>Names a draft gives from what the page says: the procedure's id and the persona's variables.</summary>
internal static class Naming
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "l", "la", "le", "les", "votre", "vos", "a", "au", "aux", "et", "en", "ou", "sur", "pour", "un", "une", "n", "mon", "ma", "mes",
    };

    /// <summary>The procedure's id: the last segment of the URL's path (/rsa/ → rsa), else its title, as the loader wants
    /// ids (lowercase ASCII words joined by dashes).</summary>
    public static string ProcedureId(string url, string? title)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url.Split('?', '#')[0];
        var id = Dashed(Path.GetFileNameWithoutExtension(path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()));
        return id.Length > 0 && id is not ("index" or "accueil" or "formulaire") ? id : Dashed(title) is { Length: > 0 } fromTitle ? fromTitle : "demarche";
    }

    private static string Dashed(string? text)
    {
        var id = string.Join('-', Words(text));
        return id.Length > 60 ? id[..60].TrimEnd('-') : id;
    }

    /// <summary>A persona variable from a label: its words without articles, four at most, joined by `_` (`nom_naissance`).</summary>
    public static string Variable(string? label)
    {
        var name = string.Join('_', Words(label).Where(w => !Articles.Contains(w)).Take(4));
        return name.Length == 0 ? "champ" : char.IsAsciiLetter(name[0]) ? name : "champ_" + name;
    }

    /// <summary>Lowercase ASCII words: accents dropped, anything else a separator.</summary>
    private static string[] Words(string? text)
    {
        var folded = new StringBuilder();
        // "Prénom(s)" names a variable `prenoms`, not `prenom_s`.
        foreach (var c in TextFolding.DropInclusiveEndings(text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
