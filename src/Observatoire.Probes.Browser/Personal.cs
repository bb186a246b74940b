using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Observatoire.Probes.Browser;

/// <summary>
/// Personal data out of the evidence: which values are personal, and how they are scrubbed from texts and from
/// Playwright traces without breaking them (a trace is JSON lines and resources: values are replaced inside JSON strings,
/// never in numbers or keys, so the trace still opens).
/// </summary>
internal static partial class Personal
{
    public const string Mark = "•••";

    /// <summary>Too short or too common to be personal on its own: masking them would blank every page.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase) { "oui", "non", "true", "false", "autre", "aucun", "aucune" };

    /// <summary>The values worth hiding, longest first (so "Sophie Marie" goes before "Sophie").</summary>
    public static IReadOnlyList<string> Values(IEnumerable<string> candidates) =>
        candidates.Select(v => v.Trim()).Where(v => v.Length >= 3 && !Common.Contains(v))
            .Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToList();

    /// <summary>
    /// Values masked only where they stand as a field's whole value: too short for running text, where they would blank
    /// every « 12 » of a page (a day, a month, a one- or two-character answer), or a date's year, which running text
    /// uses for everything (« Avis d'imposition 2025 »). A trace still holds them as whole values (what
    /// was typed in a field, the value a snapshot kept, a form body's <c>naissance-jour=24</c>): masked there only.
    /// </summary>
    public static IReadOnlySet<string> WholeValues(IEnumerable<string> candidates)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in candidates.Select(v => v.Trim()))
        {
            if (value.Length is > 0 and < 3 && !Common.Contains(value))
            {
                values.Add(value);
            }

            if (DateTime.TryParseExact(value, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                foreach (var part in new[] { date.Day, date.Month, date.Year })
                {
                    values.Add(part.ToString("00", CultureInfo.InvariantCulture));
                    values.Add(part.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return values;
    }

    private static readonly string[] DateForms = ["yyyy-MM-dd", "dd/MM/yyyy"];

    private static readonly string[] OtherDateForms = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "dd MM yyyy", "ddMMyyyy"];

    /// <summary>
    /// The dates typed in three fields (day, month, year; or year, month, day), one after the other, as ISO dates: a recap
    /// shows the whole date (« 12/03/1985 »), which neither of its short parts masks. A month may be picked by name.
    /// </summary>
    public static IEnumerable<string> DatesInParts(IReadOnlyList<string> entered)
    {
        for (var i = 0; i + 2 < entered.Count; i++)
        {
            if (Month(entered[i + 1].Trim()) is { } month
                && (DateOf(entered[i + 2], month, entered[i]) ?? DateOf(entered[i], month, entered[i + 2])) is { } date)
            {
                yield return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
    }

    private static DateTime? DateOf(string year, int month, string day) =>
        year.Trim() is { Length: 4 } y && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && yy >= 1000
        && day.Trim() is { Length: 1 or 2 } d && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(yy, month)
            ? new DateTime(yy, month, dd, 0, 0, 0, DateTimeKind.Unspecified)
            : null;

    private static int? Month(string text)
    {
        if (text.Length is 1 or 2)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;
        }

        var index = Array.FindIndex(CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.MonthNames, n => n.Length > 0 && string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>Every form a value takes in a page, a URL or a request body: raw, URL-encoded, form-encoded, HTML-escaped.</summary>
    public static IEnumerable<string> Forms(string value)
    {
        yield return value;
        var url = Uri.EscapeDataString(value);
        if (url != value)
        {
            yield return url;
            yield return url.Replace("%20", "+", StringComparison.Ordinal);
        }

        // What the browser sends for a form (a POST body, a GET form's query): WHATWG's encoding, not RFC 3986's.
        var form = FormEncoded(value);
        if (form != value && form != url)
        {
            yield return form;
        }

        foreach (var html in HtmlForms(value))
        {
            yield return html;
        }

        // A date read in one form is written in the other elsewhere: a date field's value is ISO (1962-08-24), the page
        // around it French (24/08/1962, « né le 24 août 1962 »), a sign-in provider's table either (a form in three
        // inputs: WholeValues).
        if (DateTime.TryParseExact(value, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var french = CultureInfo.GetCultureInfo("fr-FR");
            var written = OtherDateForms.Select(f => date.ToString(f, CultureInfo.InvariantCulture))
                .Concat([date.ToString("d MMMM yyyy", french), date.ToString("dd MMMM yyyy", french), date.Day == 1 ? date.ToString("1'er' MMMM yyyy", french) : ""]);
            foreach (var other in written.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (other != value)
                {
                    yield return other;
                }
            }
        }
    }

    /// <summary>
    /// application/x-www-form-urlencoded as Chromium writes it: only letters, digits and « *-._ » kept, a space as « + »,
    /// everything else as its UTF-8 bytes in %XX (where RFC 3986 keeps « ~ » and escapes « * »). Either hex case is
    /// matched: <see cref="Scrub"/> ignores case.
    /// </summary>
    private static string FormEncoded(string value)
    {
        var sb = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value.ReplaceLineEndings("\r\n")))
        {
            if (b == ' ')
            {
                sb.Append('+');
            }
            else if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'*' or (byte)'-' or (byte)'.' or (byte)'_')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The value as pages write it: most sites escape only the five specials, the apostrophe each its way, and keep
    /// accents (PHP's htmlspecialchars, Rails, Jinja); others also write every non-ASCII letter as an entity, decimal
    /// (WebUtility) or hex (ASP.NET's HtmlEncoder: « &amp;#xC9; », either case matched as <see cref="Scrub"/> ignores case).
    /// </summary>
    private static IEnumerable<string> HtmlForms(string value)
    {
        if (!value.Any(c => c is '&' or '<' or '>' or '"' or '\'' || !char.IsAscii(c)))
        {
            yield break;
        }

        yield return WebUtility.HtmlEncode(value);
        foreach (var apostrophe in (string[])["'", "&#39;", "&#039;", "&apos;", "&#x27;"])
        {
            foreach (var entity in (string?[])[null, "&#{0};", "&#x{0:X};"])
            {
                var sb = new StringBuilder(value.Length + 16);
                foreach (var rune in value.EnumerateRunes())
                {
                    sb.Append(rune.Value switch
                    {
                        '&' => "&amp;",
                        '<' => "&lt;",
                        '>' => "&gt;",
                        '"' => "&quot;",
                        '\'' => apostrophe,
                        _ when entity is not null && !rune.IsAscii => string.Format(CultureInfo.InvariantCulture, entity, rune.Value),
                        _ => rune.ToString(),
                    });
                }

                var html = sb.ToString();
                if (html != value)
                {
                    yield return html;
                }
            }
        }
    }

    /// <summary>A text with every personal value, in every form, replaced by ••• (a short one only where it stands on its
    /// own: <see cref="Masking.WholeWordBelow"/>).</summary>
    public static string Scrub(string text, IReadOnlyCollection<string> values) => ScrubForms(text, FormsOf(values));

    /// <summary>Every form of every value once, in the values' order: a trace has thousands of strings to scrub, each with
    /// the same forms.</summary>
    private static List<string> FormsOf(IEnumerable<string> values) => values.SelectMany(Forms).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string ScrubForms(string text, IReadOnlyList<string> forms)
    {
        foreach (var form in forms)
        {
            text = Masking.Replace(text, form, Mark, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>
    /// An accessibility tree of a sign-in provider's page (FranceConnect's consent shows the person's identity): every text
    /// but the page's title, its buttons and links is masked.
    /// </summary>
    public static string ScrubSignInTree(string tree) =>
        SignInText().Replace(SignInHeading().Replace(tree, "$1" + Mark + "$3"), "$1" + Mark);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s*- heading "")([^""\n]+)("" \[level=[2-6]\].*)$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex SignInHeading();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s*- (?:paragraph|text|listitem|cell|definition|term|strong|emphasis|generic):[ ]+)(\S.*)$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex SignInText();

    /// <summary>
    /// Scrubs a trace zip in place: in its JSON-lines entries (.trace, .network, .stacks) only string values are
    /// touched; text resources (HTML snapshots, request and response bodies) are scrubbed as text; images stay.
    /// </summary>
    public static void ScrubTrace(string zipPath, IReadOnlyCollection<string> values)
    {
        var personal = Values(values);
        var whole = WholeValues(values);
        if (personal.Count == 0 && whole.Count == 0)
        {
            return;
        }

        var forms = FormsOf(personal);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.ToList())
        {
            var name = entry.FullName;
            var jsonLines = name.EndsWith(".trace", StringComparison.Ordinal) || name.EndsWith(".network", StringComparison.Ordinal) || name.EndsWith(".stacks", StringComparison.Ordinal);
            if (!jsonLines && !(name.StartsWith("resources/", StringComparison.Ordinal) && IsText(entry)))
            {
                continue;
            }

            string text;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                text = reader.ReadToEnd();
            }

            var scrubbed = jsonLines ? ScrubJsonLines(text, forms, whole) : ScrubWholeValues(ScrubForms(text, forms), whole);
            if (scrubbed == text)
            {
                continue;
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(scrubbed);
        }
    }

    /// <summary>
    /// The values of a form body or a query (<c>a=1&amp;b=24</c>) and of an HTML <c>value="24"</c> that are one of
    /// <paramref name="whole"/>.
    /// </summary>
    private static string ScrubWholeValues(string text, IReadOnlySet<string> whole)
    {
        if (whole.Count == 0)
        {
            return text;
        }

        // Each shape only where its mark is: most strings of a trace have none, and the scrub reads every one of them.
        if (text.Contains('=', StringComparison.Ordinal))
        {
            text = FormValue().Replace(text, m => whole.Contains(Uri.UnescapeDataString(m.Groups[2].Value.Replace('+', ' ')).Trim()) ? m.Groups[1].Value + Mark : m.Value);
            text = HtmlValue().Replace(text, m => whole.Contains(WebUtility.HtmlDecode(m.Groups[3].Value).Trim()) ? m.Groups[1].Value + Mark + m.Groups[2].Value : m.Value);
        }

        // A script's body: JSON (« "annee":"1962" ») or multipart (a part's value on its own line).
        if (text.Contains("\":", StringComparison.Ordinal) || text.Contains("\" :", StringComparison.Ordinal))
        {
            text = JsonPairValue().Replace(text, m => whole.Contains(m.Groups[2].Value.Trim()) ? m.Groups[1].Value + Mark + m.Groups[3].Value : m.Value);
        }

        return text.Contains("name=\"", StringComparison.Ordinal)
            ? MultipartValue().Replace(text, m => whole.Contains(m.Groups[2].Value.Trim()) ? m.Groups[1].Value + Mark : m.Value)
            : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(""[^""\\]{1,80}""\s*:\s*\\?"")([^""\\]{1,20})(\\?"")")]
    private static partial System.Text.RegularExpressions.Regex JsonPairValue();

    [System.Text.RegularExpressions.GeneratedRegex(@"(name=""[^""\r\n]{1,120}""\r?\n(?:[^\r\n]+\r?\n)*\r?\n)([^\r\n]{1,20})(?=\r?\n)")]
    private static partial System.Text.RegularExpressions.Regex MultipartValue();

    [System.Text.RegularExpressions.GeneratedRegex(@"((?:^|[?&])[^=&\s]+=)([^&\s]*)(?=&|$)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex FormValue();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\bvalue\s*=\s*([""']))(.*?)\2", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HtmlValue();

    /// <summary>The keys under which a trace keeps what is in a field: an action's typed value, a snapshot's input value.</summary>
    private static readonly HashSet<string> ValueKeys = new(StringComparer.Ordinal) { "value", "__playwright_value_" };

    private static string ScrubJsonLines(string text, IReadOnlyList<string> forms, IReadOnlySet<string> whole)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                sb.Append('\n');
                continue;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                sb.Append(ScrubForms(line, forms)).Append('\n');
                continue;
            }

            sb.Append(node is null ? line : ScrubNode(node, forms, whole).ToJsonString()).Append('\n');
        }

        return sb.ToString(0, Math.Max(0, sb.Length - (text.EndsWith('\n') ? 0 : 1)));
    }

    private static JsonNode ScrubNode(JsonNode node, IReadOnlyList<string> forms, IReadOnlySet<string> whole, bool holdsValue = false)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (o[key] is { } child)
                    {
                        o[key] = ScrubNode(child.DeepClone(), forms, whole, ValueKeys.Contains(key));
                    }
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } child)
                    {
                        a[i] = ScrubNode(child.DeepClone(), forms, whole);
                    }
                }

                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var s = v.GetValue<string>();
                var scrubbed = holdsValue && whole.Contains(s.Trim()) ? Mark : ScrubWholeValues(ScrubForms(s, forms), whole);
                return scrubbed == s ? v : JsonValue.Create(scrubbed)!;
            default:
                return node;
        }
    }

    /// <summary>Resources are named by hash; text ones (HTML, JSON, CSS, JS, form bodies) are worth reading, images are not.</summary>
    private static bool IsText(ZipArchiveEntry entry)
    {
        if (entry.Length > 20 * 1024 * 1024)
        {
            return false;
        }

        using var stream = entry.Open();
        var head = new byte[512];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47];
        return !head.AsSpan(0, read).Contains((byte)0) && !head.AsSpan(0, read).StartsWith(png) && !(read > 2 && head[0] == 0xFF && head[1] == 0xD8);
    }
}
