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
            if (IsShort(value))
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

    private static bool IsShort(string value) => value.Length is > 0 and < 3 && !Common.Contains(value);

    /// <summary>
    /// The short values (« 2 » persons in the household): masked in a page's text only where one stands alone as an
    /// element's whole text, or after its label's colon (a recap's « &lt;dd&gt;2&lt;/dd&gt; », « Nombre d'enfants : 2 »), outside the
    /// page's own wording (labels, legends, options, buttons, links, headings, terms): elsewhere a « 2 » is anyone's.
    /// </summary>
    public static IReadOnlySet<string> ShortValues(IEnumerable<string> candidates) =>
        candidates.Select(v => v.Trim()).Where(IsShort).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> is one of <paramref name="alone"/> standing alone (<see cref="ShortValues"/>).</summary>
    private static bool StandsAlone(string text, IReadOnlySet<string> alone)
    {
        var t = text.Trim();
        if (alone.Contains(t))
        {
            return true;
        }

        var colon = t.LastIndexOfAny([':', '\uFF1A']);
        return colon >= 0 && colon < t.Length - 1 && alone.Contains(t[(colon + 1)..].Trim());
    }

    /// <summary>The text with a value of <see cref="StandsAlone"/> masked (after its label's colon, the label kept).</summary>
    private static string MaskAlone(string text)
    {
        var colon = text.LastIndexOfAny([':', '\uFF1A']);
        return colon < 0 ? Mark : text[..(colon + 1)] + " " + Mark;
    }

    /// <summary>The elements whose text is the page's own wording, never someone's answer (<see cref="ShortValues"/>); as
    /// evidence.js's <c>pageWording</c>.</summary>
    private static readonly HashSet<string> WordingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "LABEL", "LEGEND", "OPTION", "SELECT", "BUTTON", "A", "H1", "H2", "H3", "H4", "H5", "H6", "DT", "TH", "CAPTION", "SUMMARY", "NAV",
        "HEADER", "FOOTER", "TITLE", "SCRIPT", "STYLE",
    };

    /// <summary>An accessibility tree's lines of text (a recap's definitions and cells) whose value is a short value
    /// standing alone (<see cref="ShortValues"/>); headings, terms, labels and links are the page's.</summary>
    public static string ScrubShortValues(string tree, IReadOnlySet<string> alone)
    {
        if (alone.Count == 0)
        {
            return tree;
        }

        tree = TreeText().Replace(tree, m =>
        {
            var (quote, value) = m.Groups[2].Value is ['"', .., '"'] q ? ("\"", q[1..^1]) : m.Groups[2].Value is ['\'', .., '\''] a ? ("'", a[1..^1]) : ("", m.Groups[2].Value);
            return StandsAlone(value, alone) ? m.Groups[1].Value + quote + MaskAlone(value) + quote : m.Value;
        });

        // A table's cell is named after its text (« - cell "2" »), and its row after its cells (« - row "Nombre de personnes 2" »).
        return TreeCell().Replace(tree, m =>
        {
            var name = m.Groups[3].Value;
            if (m.Groups[2].Value != "row")
            {
                return StandsAlone(name, alone) ? m.Groups[1].Value + MaskAlone(name) + m.Groups[4].Value : m.Value;
            }

            var last = name.LastIndexOf(' ');
            return last > 0 && alone.Contains(name[(last + 1)..]) ? m.Groups[1].Value + name[..(last + 1)] + Mark + m.Groups[4].Value : m.Value;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s*- (cell|gridcell|row) "")((?:[^""\\\n]|\\.)*)("".*)$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex TreeCell();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s*- (?:paragraph|text|listitem|cell|gridcell|definition|strong|emphasis|generic|status|note|code):[ ]+)(\S.*)$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex TreeText();

    /// <summary>A page a trace keeps (HTML) with <see cref="ShortValues"/> masked in each run of text between two tags that
    /// stands alone (« &lt;dd&gt;2&lt;br&gt;&lt;/dd&gt; », « &lt;strong&gt;Nombre de personnes :&lt;/strong&gt; 2&lt;/p&gt; »), outside the page's own
    /// wording, as its elements nest (« &lt;a&gt;&lt;span&gt;2&lt;/span&gt;&lt;/a&gt; » stays): the DOM snapshots' rule, on markup.</summary>
    private static string ScrubShortValuesInHtml(string html, IReadOnlySet<string> alone)
    {
        if (alone.Count == 0 || !html.AsSpan().TrimStart().StartsWith("<"))
        {
            return html;
        }

        var result = new StringBuilder(html.Length);
        var open = new List<string>();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match tag in Markup().Matches(html))
        {
            Run(at, tag.Index);
            result.Append(tag.Value);
            at = tag.Index + tag.Length;
            if (tag.Groups[2].Success)
            {
                var name = tag.Groups[2].Value.ToUpperInvariant();
                if (tag.Groups[1].Value == "/")
                {
                    var last = open.LastIndexOf(name);
                    if (last >= 0)
                    {
                        open.RemoveRange(last, open.Count - last);
                    }
                }
                else if (!tag.Value.EndsWith("/>", StringComparison.Ordinal) && !VoidTags.Contains(name))
                {
                    open.Add(name);
                }
            }
        }

        Run(at, html.Length);
        return result.ToString();

        void Run(int from, int to)
        {
            var text = html[from..to];
            result.Append(text.Trim().Length > 0 && !open.Exists(WordingTags.Contains) && StandsAlone(WebUtility.HtmlDecode(text), alone) ? MaskAlone(text.Trim()) : text);
        }
    }

    /// <summary>A tag or a comment (React's « <!-- --> » between a label and its value).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Markup();

    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal)
    {
        "AREA", "BASE", "BR", "COL", "EMBED", "HR", "IMG", "INPUT", "LINK", "META", "PARAM", "SOURCE", "TRACK", "WBR",
    };

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

    /// <summary>Every form a value takes in a page, a URL or a request body: each way a page writes it
    /// (<see cref="Written"/>), each of them raw, URL-encoded, form-encoded, HTML-escaped or in a JSON string.</summary>
    public static IEnumerable<string> Forms(string value)
    {
        var forms = new List<string>();
        foreach (var written in Written(value).Distinct(StringComparer.Ordinal))
        {
            forms.Add(written);
            var url = Uri.EscapeDataString(written);
            if (url != written)
            {
                forms.Add(url);
                forms.Add(url.Replace("%20", "+", StringComparison.Ordinal));
            }

            // What the browser sends for a form (a POST body, a GET form's query): WHATWG's encoding, not RFC 3986's.
            forms.Add(FormEncoded(written));
            forms.AddRange(HtmlForms(written));
            forms.AddRange(JsonForms(written));
        }

        return forms.Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The value as pages write it: as given; a date in the other forms of dates; a number grouped as recaps group it (a
    /// phone by pairs, an IBAN by four, a SIRET 3-3-3-5, an amount by thousands) or without its spaces; a name without
    /// its accents (« LEA CHLOE » for « Léa Chloé »), decomposed, with the other apostrophe.
    /// </summary>
    public static IEnumerable<string> Written(string value)
    {
        yield return value;

        // A date read in one form is written in the other elsewhere: a date field's value is ISO (1962-08-24), the page
        // around it French (24/08/1962, « né le 24 août 1962 », « lundi 12 mars 1985 »), a sign-in provider's table either
        // (a form in three inputs: WholeValues).
        if (DateTime.TryParseExact(value, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var french = CultureInfo.GetCultureInfo("fr-FR");
            var first = date.Day == 1 ? "1'er'" : "d";
            foreach (var form in OtherDateForms)
            {
                yield return date.ToString(form, CultureInfo.InvariantCulture);
            }

            foreach (var form in (string[])["dddd " + first + " MMMM yyyy", "dddd dd MMMM yyyy", "d MMMM yyyy", "dd MMMM yyyy", first + " MMMM yyyy"])
            {
                yield return date.ToString(form, french);
            }

            yield break;
        }

        foreach (var grouped in Grouped(value))
        {
            yield return grouped;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        yield return decomposed;
        yield return string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "OE", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal).Replace("Æ", "AE", StringComparison.Ordinal);
        yield return value.Replace('\'', '’');
        yield return value.Replace('’', '\'');
    }

    private static readonly string[] OtherDateForms = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "dd MM yyyy", "ddMMyyyy", "dd/MM/yy", "d/M/yy", "dd.MM.yy"];

    /// <summary>The separators recaps put in a long number: a space, a no-break space (normal or narrow), a dot, a dash.</summary>
    private static readonly char[] Separators = [' ', '\u00A0', '\u202F', '.', '-'];

    /// <summary>
    /// A number (or an IBAN) as recaps group it, and without its separators when given grouped: a phone
    /// « 06 98 76 54 32 » or « +33 6 98 76 54 32 », an IBAN « FR76 3000 6000 … », a NIR « 1 85 03 75 123 456 78 »,
    /// a SIRET « 123 456 789 00012 », a tax number « 12 34 567 890 123 », an amount « 312 000 ».
    /// </summary>
    private static IEnumerable<string> Grouped(string value)
    {
        var compact = string.Concat(value.Where(c => !Separators.Contains(c)));
        var digits = compact.All(char.IsAsciiDigit);
        var iban = compact.Length >= 14 && char.IsAsciiLetter(compact[0]) && char.IsAsciiLetter(compact[1]) && compact.Skip(2).All(char.IsAsciiLetterOrDigit) && compact.Count(char.IsAsciiDigit) >= 10;
        if (compact.Length < 4 || !(digits || iban))
        {
            yield break;
        }

        yield return compact;
        var groupings = new List<int[]>();
        if (iban)
        {
            groupings.Add(Every(compact.Length, 4));
        }
        else
        {
            groupings.Add(Thousands(compact.Length));
            if (compact.Length >= 9)
            {
                groupings.AddRange([Every(compact.Length, 2), Every(compact.Length, 3), Every(compact.Length, 4), [3, 3, 3, 5], [1, 2, 2, 2, 3, 3, 2], [2, 2, 3, 3, 3]]);
            }
        }

        foreach (var sizes in groupings.Where(g => g.Sum() == compact.Length))
        {
            foreach (var separator in Separators)
            {
                yield return Join(compact, sizes, separator);
            }
        }

        if (digits && compact.Length == 10 && compact[0] == '0')
        {
            var international = "33" + compact[1..];
            yield return "+" + international;
            yield return "+33 " + Join(compact[1..], [1, 2, 2, 2, 2], ' ');
            yield return "+33 (0)" + Join(compact[1..], [1, 2, 2, 2, 2], ' ');
        }
    }

    private static int[] Every(int length, int size) =>
        Enumerable.Range(0, (length + size - 1) / size).Select(i => Math.Min(size, length - i * size)).ToArray();

    /// <summary>Groups of three from the right, as an amount is written (« 1 312 000 »).</summary>
    private static int[] Thousands(int length) => length % 3 == 0 ? Every(length, 3) : [length % 3, .. Every(length - length % 3, 3)];

    private static string Join(string compact, int[] sizes, char separator)
    {
        var sb = new StringBuilder(compact.Length + sizes.Length);
        var at = 0;
        foreach (var size in sizes)
        {
            sb.Append(sb.Length > 0 ? separator.ToString() : "").Append(compact, at, size);
            at += size;
        }

        return sb.ToString();
    }

    /// <summary>
    /// The value inside a JSON string as APIs write it: every non-ASCII letter as « \u00e9 » (PHP, Python; either case
    /// matched), a slash as « \/ » too (PHP), or also the HTML specials as .NET's encoder does (« \u0027 »).
    /// </summary>
    private static IEnumerable<string> JsonForms(string value)
    {
        var sb = new StringBuilder(value.Length * 2);
        foreach (var c in value)
        {
            sb.Append(c is '"' or '\\' ? "\\" + c : char.IsAscii(c) ? c.ToString() : string.Format(CultureInfo.InvariantCulture, "\\u{0:x4}", (int)c));
        }

        var escaped = sb.ToString();
        yield return escaped;
        yield return escaped.Replace("/", "\\/", StringComparison.Ordinal);
        yield return JsonEncodedText.Encode(value).ToString();
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
    public static string Scrub(string text, IReadOnlyCollection<string> values) => ScrubForms(text, FormsOf(values, []));

    /// <summary><see cref="Scrub"/> for many texts with the same values: their forms are worked out once.</summary>
    public static Func<string, string> Scrubber(IReadOnlyCollection<string> values)
    {
        var forms = FormsOf(values, []);
        return text => ScrubForms(text, forms);
    }

    /// <summary>Every form of every value once, longest first (a value inside a longer one, « 123 » in « 1234567 », goes
    /// after it); a secret's forms only as whole words. A trace has thousands of strings to scrub, each with the same forms.</summary>
    private static List<(string Text, bool WholeWord)> FormsOf(IEnumerable<string> values, IEnumerable<string> secrets) =>
        values.SelectMany(Forms).Select(f => (f, false)).Concat(secrets.SelectMany(Forms).Select(f => (f, true)))
            .DistinctBy(f => f.Item1, StringComparer.OrdinalIgnoreCase).OrderByDescending(f => f.Item1.Length).ToList();

    private static string ScrubForms(string text, IReadOnlyList<(string Text, bool WholeWord)> forms)
    {
        var scrubbed = text;
        foreach (var (form, wholeWord) in forms)
        {
            if (wholeWord && form.All(char.IsAsciiDigit) && scrubbed.Contains(form, StringComparison.Ordinal))
            {
                // A numeric secret inside a number of its own (« n° 1234567 ») masks that number, as the tree and the
                // screenshot do; inside a hash or an id it stays, as in any other word.
                scrubbed = System.Text.RegularExpressions.Regex.Replace(scrubbed, $@"(?<![\p{{L}}\p{{N}}_-])\d*{form}\d*(?![\p{{L}}\p{{N}}_-])", Mark);
            }

            scrubbed = Masking.Replace(scrubbed, form, Mark, StringComparison.OrdinalIgnoreCase, wholeWord);
        }

        // A value found inside a longer number masks the whole number, as the screenshot masks its text: « •••4567 » kept
        // the rest of an allocataire number, and told where the password « 123 » was.
        return scrubbed == text ? text : DigitsAtMark().Replace(scrubbed, "");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?=•••)|(?<=•••)\d+")]
    private static partial System.Text.RegularExpressions.Regex DigitsAtMark();

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
    /// Scrubs a trace zip in place: in its JSON-lines entries (.trace, .network) only string values that are data are
    /// touched (not ids, resource references, nor the probe's own scripts); text resources (HTML snapshots, request and
    /// response bodies) are scrubbed as text; images and the call stacks stay. A secret is masked only as a whole word:
    /// the login « test » in JavaScript's « .test( » or the password « 123 » inside a hash would tell where it is.
    /// </summary>
    public static void ScrubTrace(string zipPath, IReadOnlyCollection<string> values, IReadOnlyCollection<string> secrets)
    {
        var personal = Values(values);
        var hidden = Values(secrets);
        var whole = WholeValues(values.Concat(secrets));
        var alone = ShortValues(values.Concat(secrets));
        if (personal.Count == 0 && hidden.Count == 0 && whole.Count == 0)
        {
            return;
        }

        var forms = FormsOf(personal.Except(hidden, StringComparer.Ordinal), hidden);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.ToList())
        {
            var name = entry.FullName;
            // .stacks holds call ids and the probe's own source lines, nothing of a page.
            var jsonLines = name.EndsWith(".trace", StringComparison.Ordinal) || name.EndsWith(".network", StringComparison.Ordinal);
            if (!jsonLines && !(name.StartsWith("resources/", StringComparison.Ordinal) && IsText(entry)))
            {
                continue;
            }

            string text;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                text = reader.ReadToEnd();
            }

            var scrubbed = jsonLines ? ScrubJsonLines(text, forms, whole, alone) : ScrubShortValuesInHtml(ScrubWholeValues(ScrubForms(text, forms), whole), alone);
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

    /// <summary>The keys under which a trace keeps what is in a field: an action's typed value, a snapshot's input value, a
    /// script's argument.</summary>
    private static readonly HashSet<string> ValueKeys = new(StringComparer.Ordinal) { "value", "__playwright_value_", "s" }; // "s": a string argument as Playwright serialises it

    /// <summary>The keys under which a trace keeps no data: ids and references to its resources (a changed one names no
    /// resource: the viewer cannot show it), the scripts the probe runs in the page (its selector engine, evaluations), and
    /// the browser's settings the probe chose (« Europe/Paris » masked as « Europe/••• » told that the persona lives in Paris).</summary>
    private static readonly HashSet<string> NotDataKeys = new(StringComparer.Ordinal)
    {
        "_sha1", "sha1", "_file", "callId", "waitId", "stepId", "pageId", "frameId", "parentId", "pageref", "snapshotName",
        "beforeSnapshot", "afterSnapshot", "inputSnapshot", "guid", "source", "expression", "timezoneId", "locale",
    };

    /// <summary>Headers whose values the browser or the server set by protocol, never a person's data: masking one told the
    /// value of a persona's short answer (« Upgrade-Insecure-Requests: ••• » for a persona value « 1 »).</summary>
    private static readonly HashSet<string> ProtocolHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "upgrade-insecure-requests", "accept", "accept-encoding", "accept-language", "accept-ranges", "cache-control", "connection",
        "content-length", "content-type", "content-encoding", "date", "etag", "expires", "keep-alive", "last-modified", "pragma",
        "priority", "sec-ch-ua", "sec-ch-ua-mobile", "sec-ch-ua-platform", "sec-fetch-dest", "sec-fetch-mode", "sec-fetch-site",
        "sec-fetch-user", "server", "transfer-encoding", "vary", "x-content-type-options",
    };

    /// <summary>A header of <see cref="ProtocolHeaders"/> as a trace writes it (« { name, value } »).</summary>
    private static bool IsProtocolHeader(JsonObject o) =>
        o.Count == 2 && o["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String && ProtocolHeaders.Contains(name.GetValue<string>())
        && o["value"] is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    private static string ScrubJsonLines(string text, IReadOnlyList<(string Text, bool WholeWord)> forms, IReadOnlySet<string> whole, IReadOnlySet<string> alone)
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

            sb.Append(node is null ? line : ScrubNode(node, forms, whole, alone).ToJsonString()).Append('\n');
        }

        return sb.ToString(0, Math.Max(0, sb.Length - (text.EndsWith('\n') ? 0 : 1)));
    }

    private static JsonNode ScrubNode(JsonNode node, IReadOnlyList<(string Text, bool WholeWord)> forms, IReadOnlySet<string> whole, IReadOnlySet<string> alone,
        bool holdsValue = false, bool wording = false)
    {
        switch (node)
        {
            case JsonObject o when IsProtocolHeader(o):
                return o;
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (o[key] is { } child && !NotDataKeys.Contains(key))
                    {
                        o[key] = ScrubNode(child.DeepClone(), forms, whole, alone, ValueKeys.Contains(key), wording);
                    }
                }

                return o;
            case JsonArray a:
                // A page's element in a snapshot: « ["DD", {attributes}, "2", …] », its text children after its attributes.
                var element = a is [JsonValue tag, ..] && tag.GetValueKind() == JsonValueKind.String && SnapshotTag().IsMatch(tag.GetValue<string>())
                    && (a.Count == 1 || a[1] is JsonObject);
                var inWording = wording || (element && WordingTags.Contains(a[0]!.GetValue<string>()));
                for (var i = element ? 1 : 0; i < a.Count; i++)
                {
                    if (a[i] is not { } child)
                    {
                        continue;
                    }

                    a[i] = element && !inWording && child is JsonValue text && text.GetValueKind() == JsonValueKind.String && StandsAlone(text.GetValue<string>(), alone)
                        ? JsonValue.Create(MaskAlone(text.GetValue<string>()))!
                        : ScrubNode(child.DeepClone(), forms, whole, alone, wording: inWording);
                }

                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && !PlaywrightId().IsMatch(v.GetValue<string>()):
                var s = v.GetValue<string>();
                var scrubbed = holdsValue && whole.Contains(s.Trim()) ? Mark : ScrubWholeValues(ScrubForms(s, forms), whole);
                return scrubbed == s ? v : JsonValue.Create(scrubbed)!;
            default:
                return node;
        }
    }

    /// <summary>An element's name in a snapshot: HTML's in capitals, SVG's and a shadow root's « template » as written.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z][A-Za-z0-9:-]*$")]
    private static partial System.Text.RegularExpressions.Regex SnapshotTag();

    /// <summary>An object's id as Playwright writes it wherever it refers to one (« call@12 », « page@3f2a… »).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z-]+@[0-9a-f-]+$")]
    private static partial System.Text.RegularExpressions.Regex PlaywrightId();

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
