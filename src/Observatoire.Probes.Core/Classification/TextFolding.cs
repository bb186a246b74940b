using System.Globalization;
using System.Text;

namespace Observatoire.Probes.Classification;

/// <summary>
/// Folds French text for matching: lower case, no accents, apostrophes and punctuation as spaces,
/// "n°" as "numero", "combien" as "nombre", a naive plural (trailing s/x) removed from words longer than three letters, and inclusive
/// endings glued to a word dropped ("Né(e)", "Prénom(s)", "inscrit(e)" read as "né", "prénom", "inscrit").
/// Both cues and field texts go through the same folding, so the rule only needs to be consistent.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text) => string.Join(' ', Tokens(text));

    /// <summary>Words as the classifier compares them (folded, whole), for its small word lists.</summary>
    internal static HashSet<string> Folded(params string[] words) => words.SelectMany(Tokens).ToHashSet(StringComparer.Ordinal);

    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        Split(text, tokens, null);
        return tokens;
    }

    /// <summary>
    /// The folded tokens and, beside each, the same word in lower case with its accents and its plural ("statuts" stays
    /// "statuts", "adressé" stays "adressé"): a cue can ask for the exact form when two forms mean different things
    /// (« statut » / « statuts », « adresse » / « adressé »).
    /// </summary>
    public static (List<string> Folded, List<string> Plain) Words(string? text)
    {
        var folded = new List<string>();
        var plain = new List<string>();
        Split(text, folded, plain);
        return (folded, plain);
    }

    /// <summary>Texts longer than this are cut: no label is longer, and the classifier's cost stays linear and bounded.</summary>
    public const int MaxLength = 4000;

    private static void Split(string? text, List<string> tokens, List<string>? plain)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        text = Prepare(text);
        if (!SplitLatin(text, tokens, plain))
        {
            SplitAnyScript(text, tokens, plain);
        }
    }

    /// <summary>
    /// How each character of Latin-1, Latin Extended-A and the general punctuation (’, –, …) folds, worked out once by
    /// <see cref="SplitAnyScript"/> itself: what it adds to the folded word and to the exact word, or that it ends a
    /// word. French text is made of these, so the common path neither normalises (ICU on Linux) nor looks at a
    /// character twice.
    /// </summary>
    private static readonly (string? Folded, char Exact, bool Breaks)[] Latin = BuildLatinTable();

    private static (string?, char, bool)[] BuildLatinTable()
    {
        var table = new (string?, char, bool)[0x2070];
        for (var c = 0; c < table.Length; c++)
        {
            var folded = new List<string>();
            var exact = new List<string>();
            SplitAnyScript($"a{(char)c}a", folded, exact);
            table[c] = folded switch
            {
                ["a", "a"] when exact is ["a", "a"] => ("", '\0', true),
                [var f] when exact is [var e] && e.Length == 3 && f.Length >= 3 => (f[1..^1], e[1], false),
                _ => (null, '\0', false), // not foldable letter by letter: a text with it takes the general path
            };
        }

        return table;
    }

    /// <summary>
    /// Words already folded, by their written form: forms repeat the same words page after page, so a word's tokens
    /// are made once. Bounded, so odd text cannot grow it forever.
    /// </summary>
    private static readonly KnownWord?[] Known = new KnownWord?[1 << 16];

    /// <summary>A word as the common path folded it, with its numbers in the phrase vocabulary (<see cref="WordIds"/>).</summary>
    private sealed class KnownWord(string written, string folded, string plain)
    {
        public readonly string Written = written;
        public readonly string Folded = folded;
        public readonly string Plain = plain;
        private int _foldedId;
        private int _plainId;
        private string _restored = plain;
        private int _restoredId;
        private int _version = -1;

        /// <summary>The word, its exact form (with the accents it lost taken back when <paramref name="restore"/>: <see
        /// cref="RestoredAccents"/>) and their numbers, looked up again only when the vocabulary has grown since.</summary>
        public void Add(List<string> tokens, List<string>? plain, List<int> foldedIds, List<int> plainIds, bool restore)
        {
            if (Volatile.Read(ref _version) != WordIds.Version)
            {
                var version = WordIds.Version;
                _foldedId = WordIds.FoldedIdOf(Folded);
                _plainId = WordIds.IdOf(Plain);
                var restored = RestoredAccents(Folded, Plain);
                (_restored, _restoredId) = (restored, restored == Plain ? _plainId : WordIds.IdOf(restored));
                Volatile.Write(ref _version, version);
            }

            tokens.Add(Folded);
            plain?.Add(restore ? _restored : Plain);
            foldedIds.Add(_foldedId);
            plainIds.Add(restore ? _restoredId : _plainId);
        }
    }

    /// <summary>Per character of <see cref="Latin"/>: 0 not foldable alone, 1 ends a word, 2 part of a word.</summary>
    private static readonly byte[] LatinKind = Latin.Select(l => (byte)(l.Folded is null ? 0 : l.Breaks ? 1 : 2)).ToArray();

    /// <summary>
    /// The common path: every character is in <see cref="Latin"/>; false (and nothing added) otherwise. Fills the words'
    /// numbers in the phrase vocabulary too when asked (<paramref name="ids"/>).
    /// </summary>
    private static bool SplitLatin(string text, List<string> tokens, List<string>? plain, (List<int> Folded, List<int> Plain)? ids = null, bool restore = false)
    {
        var kinds = LatinKind;
        foreach (var c in text)
        {
            if (c >= kinds.Length || kinds[c] == 0)
            {
                return false;
            }
        }

        // Words already folded are kept in a table with one place per hash of their written form: forms repeat the same
        // words page after page, so most are found there; a word that takes another's place pushes it out (bounded,
        // lock-free: a place holds a finished word or nothing).
        var start = -1;
        var hash = 2166136261u;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && kinds[text[i]] == 2)
            {
                start = start < 0 ? i : start;
                hash = (hash ^ text[i]) * 16777619u;
                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var written = text.AsSpan(start, i - start);
            var place = (int)((hash ^ (hash >> 16)) & (uint)(Known.Length - 1));
            start = -1;
            hash = 2166136261u;
            var word = Known[place];
            if (word is null || !written.SequenceEqual(word.Written))
            {
                var (folded, asWritten) = FoldWord(written);
                word = new KnownWord(written.ToString(), folded, asWritten);
                Known[place] = word;
            }

            if (ids is var (foldedIds, plainIds))
            {
                word.Add(tokens, plain, foldedIds, plainIds, restore);
            }
            else
            {
                tokens.Add(word.Folded);
                plain?.Add(word.Plain);
            }
        }

        return true;
    }

    /// <summary>A text as the classifier reads it, its words numbered in the phrase vocabulary on the common path.</summary>
    internal static TokenText TokenTextOf(string text, bool restoreAccents = true)
    {
        // Sized for words of four letters and a space, so that the lists are rarely grown.
        var folded = new List<string>((text.Length / 5) + 1);
        var plain = new List<string>((text.Length / 5) + 1);
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        text = Prepare(text);
        var ids = (IdScratch.Folded, IdScratch.Plain);
        ids.Folded.Clear();
        ids.Plain.Clear();
        if (SplitLatin(text, folded, plain, ids, restoreAccents))
        {
            if (restoreAccents)
            {
                SecondPersonAsPlural(text, folded, plain, ids.Folded, ids.Plain);
            }

            return new TokenText(folded, plain, [.. ids.Folded], [.. ids.Plain]);
        }

        SplitAnyScript(text, folded, plain);
        if (restoreAccents)
        {
            Accent(folded, plain);
            SecondPersonAsPlural(text, folded, plain, null, null);
        }

        return new TokenText(folded, plain);
    }

    /// <summary>
    /// « As-tu déjà… ? », « Tu habites… », « chez toi »: a service that says « tu » asks what others ask with « vous », and
    /// the readings are written with « vous ». The second person singular reads as the plural: the pronoun, and the verb it
    /// goes with (after it, before it when inverted: « as-tu », « disposes-tu »). (The possessives « ton », « ta », « tes »
    /// already share « votre » and « vos »' numbers.)
    /// </summary>
    private static void SecondPersonAsPlural(string text, List<string> folded, List<string> plain, List<int>? foldedIds, List<int>? plainIds)
    {
        if (!folded.Contains("tu") && !folded.Contains("toi") && !folded.Contains("te"))
        {
            return;
        }

        var inverted = text.Contains("-tu", StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i] is "toi" or "te")
            {
                Set(i, "vous");
            }
            else if (folded[i] == "tu")
            {
                Set(i, "vous");
                var verb = inverted ? i - 1 : i + 1;
                if (!inverted && verb < folded.Count && folded[verb] is "te" or "t")
                {
                    verb++; // « tu te renseignes », « tu t'es inscrit »
                }

                if (verb >= 0 && verb < folded.Count && PluralOfSecondPerson(plain[verb]) is { } plural)
                {
                    Set(verb, plural);
                }
            }
        }

        void Set(int i, string word)
        {
            plain[i] = word;
            folded[i] = FoldWord(word).Folded;
            if (foldedIds is not null && plainIds is not null)
            {
                foldedIds[i] = WordIds.FoldedIdOf(folded[i]);
                plainIds[i] = WordIds.IdOf(word);
            }
        }
    }

    /// <summary>The verb of « vous » for that of « tu »: « as » « avez », « es » « êtes », « habites » « habitez », « souhaiterais »
    /// « souhaiteriez »; null for a word that is no such verb.</summary>
    private static string? PluralOfSecondPerson(string verb) =>
        SecondPersonVerbs.TryGetValue(verb, out var plural) ? plural
        : verb.Length > 4 && verb.EndsWith("es", StringComparison.Ordinal) ? verb[..^1] + "z"
        : verb.Length > 5 && verb.EndsWith("ais", StringComparison.Ordinal) ? verb[..^3] + "iez"
        : null;

    private static readonly Dictionary<string, string> SecondPersonVerbs = new(StringComparer.Ordinal)
    {
        ["as"] = "avez", ["es"] = "êtes", ["vis"] = "vivez", ["peux"] = "pouvez", ["veux"] = "voulez", ["dois"] = "devez",
        ["fais"] = "faites", ["vas"] = "allez", ["perçois"] = "percevez", ["reçois"] = "recevez", ["connais"] = "connaissez",
        ["sais"] = "savez", ["prends"] = "prenez", ["mets"] = "mettez", ["viens"] = "venez", ["tiens"] = "tenez",
        ["choisis"] = "choisissez", ["remplis"] = "remplissez", ["étais"] = "étiez", ["avais"] = "aviez", ["seras"] = "serez",
        ["auras"] = "aurez",
    };

    /// <summary>
    /// A word written without its accents (« DATE DE DEBUT D'ACTIVITE », capitals being often printed without them, « Nom de
    /// l'eleve » typed without any, « NOM DE L'ÉLEVE » with some) takes back the exact form a phrase uses (« debut » reads
    /// « début »), so that a phrase asking for the exact form (« !début d'activité », « !élève ») finds it. Only words that are
    /// no words without their accents are filed for this (<see cref="WordIds.LearnWrittenForm"/>).
    /// </summary>
    private static void Accent(List<string> folded, List<string> plain)
    {
        for (var i = 0; i < plain.Count; i++)
        {
            plain[i] = RestoredAccents(folded[i], plain[i]);
        }
    }

    /// <summary>One word's exact form with the accents it lost taken back (<see cref="Accent"/>); the common path keeps it
    /// with the word.</summary>
    private static string RestoredAccents(string folded, string plain) =>
        // The folded word (no accents, no plural) says cheaply whether the word may be one of them; only then are the
        // written word's own accents taken off (« ÉLEVE » has one of its two).
        WordIds.MayBeAccented(folded) && WordIds.Accent(WithoutAccents(plain)) is { } word && word != plain && LostAccentsOf(plain, word) ? word : plain;

    /// <summary>True when <paramref name="written"/> is <paramref name="word"/> with some accents left out, none changed:
    /// « eleve » and « éleve » are « élève » so written, « élevé » is another word.</summary>
    private static bool LostAccentsOf(string written, string word)
    {
        if (written.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] != word[i] && written[i] > '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word's letters without their accents (« véhicule » → « vehicule »), case kept.</summary>
    internal static string WithoutAccents(string word)
    {
        var bare = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                bare.Append(c);
            }
        }

        return bare.ToString().Normalize(NormalizationForm.FormC);
    }

    [ThreadStatic]
    private static (List<int> Folded, List<int> Plain)? _idScratch;

    private static (List<int> Folded, List<int> Plain) IdScratch => _idScratch ??= ([], []);

    /// <summary>One word of the common path: its token (naive plural removed) and its exact form.</summary>
    private static (string Folded, string Plain) FoldWord(ReadOnlySpan<char> written)
    {
        Span<char> folded = written.Length <= 256 ? stackalloc char[written.Length * 2] : new char[written.Length * 2];
        Span<char> exact = written.Length <= 256 ? stackalloc char[written.Length] : new char[written.Length];
        var f = 0;
        for (var e = 0; e < written.Length; e++)
        {
            var (add, accented, _) = Latin[written[e]];
            add!.CopyTo(folded[f..]);
            f += add.Length;
            exact[e] = accented;
        }

        // « n° » reads as « numéro », « combien » as « nombre » (« Combien d'enfants ? » asks the « nombre d'enfants »).
        var numero = folded[..f] is "no" or "num" or "nº";
        var word = numero ? "numero" : folded[..f] is "combien" ? "nombre" : folded[..f].ToString();
        var asWritten = word == "numero" ? word : exact.SequenceEqual(folded[..f]) ? folded[..f].ToString() : exact.ToString();
        var token = word.Length > 3 && (word[^1] == 's' || word[^1] == 'x') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
        return (token, asWritten);
    }

    /// <summary>The words as the general path alone reads them: the reference the common path must agree with (tests).</summary>
    internal static (List<string> Folded, List<string> Plain) WordsByDecomposition(string text)
    {
        var folded = new List<string>();
        var plain = new List<string>();
        SplitAnyScript(Prepare(text), folded, plain);
        return (folded, plain);
    }

    /// <summary>The general path, for any script: canonical decomposition, marks dropped from the folded word.</summary>
    private static void SplitAnyScript(string text, List<string> tokens, List<string>? plain)
    {
        var word = new StringBuilder();
        var accented = plain is null ? null : new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                accented?.Append(c);
                continue;
            }

            // « lʼélève »: a modifier letter written as an apostrophe is one.
            if (char.IsLetterOrDigit(c) && c is not ('\u02BC' or '\u02BB'))
            {
                switch (c)
                {
                    case 'œ' or 'Œ':
                        word.Append("oe");
                        break;
                    case 'æ' or 'Æ':
                        word.Append("ae");
                        break;
                    case 'º' or '°':
                        word.Append('o');
                        break;
                    default:
                        word.Append(char.ToLowerInvariant(c));
                        break;
                }

                accented?.Append(c is 'º' or '°' ? 'o' : char.ToLowerInvariant(c));
            }
            else if (c is '°' or 'º')
            {
                word.Append('o');
                accented?.Append('o');
            }
            else
            {
                Flush(word, tokens, plain, accented);
            }
        }

        Flush(word, tokens, plain, accented);
    }

    /// <summary>What every text goes through before it is cut into words: a footnote's digit dropped, dotted acronyms joined,
    /// inclusive endings dropped.</summary>
    public static string Prepare(string text) => DropInclusiveEndings(JoinDottedAcronyms(DropFootnoteMarks(SplitNumberSign(CountAfterItsNoun(text)))));

    /// <summary>
    /// « Si enfants, nombre : », « Enfants à charge : nombre »: a printed form's shorthand names what it counts first; read as
    /// « Nombre de … », the order the readings know. Only a short noun group before a comma or a colon.
    /// </summary>
    public static string CountAfterItsNoun(string text)
    {
        var end = text.AsSpan().TrimEnd(" :*\u00a0");
        if (end.Length < 10 || !end.EndsWith("nombre", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var before = end[..^6].TrimEnd();
        if (before.Length == 0 || before[^1] is not (',' or ':'))
        {
            return text;
        }

        var noun = before[..^1].Trim();
        if (noun.StartsWith("si ", StringComparison.OrdinalIgnoreCase))
        {
            noun = noun[3..].TrimStart();
        }

        return noun.Length == 0 || noun.Count(' ') > 3 || noun.ContainsAny(",:;") ? text : $"Nombre de {noun}";
    }

    /// <summary>
    /// « N°PACAGE », « N PACAGE : »: a number sign glued to what it numbers is « n° » and a word apart; so is a capital « N »
    /// alone opening a label before a capital (« N Sécurité sociale : »), where a copy of a printed form lost the sign.
    /// </summary>
    public static string SplitNumberSign(string text)
    {
        if (text.Length > 3 && text[0] == 'N' && text[1] == ' ' && char.IsUpper(text[2]))
        {
            text = "N° " + text[2..];
        }

        var sign = text.IndexOfAny(['°', 'º']);
        if (sign < 1)
        {
            return text;
        }

        StringBuilder? result = null;
        var copied = 0;
        for (; sign >= 1 && sign + 1 < text.Length; sign = text.IndexOfAny(['°', 'º'], sign + 1))
        {
            if (text[sign - 1] is 'N' or 'n' && (sign == 1 || !char.IsLetterOrDigit(text[sign - 2])) && char.IsLetter(text[sign + 1]))
            {
                result ??= new StringBuilder(text.Length + 2);
                result.Append(text, copied, sign + 1 - copied).Append(' ');
                copied = sign + 1;
            }
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// « certificat de scolarité1 », « revenus de l'année précédente2 »: a footnote's number glued to the end of a word (a
    /// copied « <sup>1</sup> ») is no part of it. Only one digit after four letters or more: « T4 », « L3 », « B2 », « covid19 »
    /// stay as they are.
    /// </summary>
    public static string DropFootnoteMarks(string text)
    {
        var i = text.AsSpan().IndexOfAnyInRange('1', '9');
        if (i < 0)
        {
            return text;
        }

        StringBuilder? result = null;
        var copied = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] is < '1' or > '9' || i < 4 || (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                continue;
            }

            var letters = 0;
            while (letters < 4 && char.IsLower(text[i - 1 - letters]))
            {
                letters++;
            }

            if (letters < 4)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, i - copied);
            copied = i + 1;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// « R.I.B. », « Code A.P.E. », « attestation C.A.F »: an acronym written with a dot after each capital is the acronym
    /// (« RIB », « APE », « CAF »), not sentences of one letter. A single initial (« M. Dupont ») is left as it is.
    /// </summary>
    public static string JoinDottedAcronyms(string text)
    {
        var dot = text.IndexOf('.');
        if (dot < 1)
        {
            return text;
        }

        StringBuilder? result = null;
        var copied = 0;
        for (var i = dot - 1; i + 2 < text.Length; i++)
        {
            if (text[i + 1] != '.' || !char.IsUpper(text[i]) || !char.IsUpper(text[i + 2]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            // Capitals each followed by a dot (the last one may not be), none glued to another letter.
            var j = i;
            var start = i;
            var letters = 0;
            while (j < text.Length && char.IsUpper(text[j]) && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])))
            {
                letters++;
                j++;
                if (j < text.Length && text[j] == '.')
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (letters < 2)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, start - copied);
            for (var k = start; k < j; k++)
            {
                if (text[k] != '.')
                {
                    result.Append(text[k]);
                }
            }

            // The dot after the last capital may also end the sentence: keep a break there.
            if (text[j - 1] == '.' && j < text.Length && char.IsUpper(NextLetter(text, j)))
            {
                result.Append('.');
            }

            copied = j;
            i = j - 1;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private static char NextLetter(string text, int from)
    {
        while (from < text.Length && !char.IsLetterOrDigit(text[from]))
        {
            from++;
        }

        return from < text.Length ? text[from] : ' ';
    }

    /// <summary>
    /// Drops an inclusive ending glued to a word — parenthesised (« Né(e) », « Prénom(s) », « Veuf(ve) »), after a middle dot
    /// (« inscrit·e », « salarié·e·s », « livret·s ») or after a dot (« inscrit.e », « salarié.e.s ») — so that it neither
    /// splits a sentence nor leaves a stray token; « (CAF) » after a space is kept, and so is a dot that ends a sentence
    /// (« … du foyer.Signature » has no ending a dot may carry).
    /// </summary>
    public static string DropInclusiveEndings(string text)
    {
        if (text.AsSpan().IndexOfAny(InclusiveMarks) < 0)
        {
            return text;
        }

        StringBuilder? result = null;
        var i = 0;
        var droppedAt = -1;
        while (i < text.Length)
        {
            // From mark to mark: most of a text is words, copied as they are.
            var next = text.AsSpan(i).IndexOfAny(InclusiveMarks);
            if (next < 0)
            {
                result?.Append(text, i, text.Length - i);
                break;
            }

            if (next > 0)
            {
                result?.Append(text, i, next);
                i += next;
            }

            var c = text[i];
            if (c is '(' or '·' or '⋅' or '.' && i > 0 && char.IsLetter(text[i - 1]))
            {
                var j = i + 1;
                while (j < text.Length && char.IsLetter(text[j]) && j - i <= 5)
                {
                    j++;
                }

                var ending = text.AsSpan(i + 1, j - i - 1);
                var glued = c == '('
                    ? j < text.Length && text[j] == ')' && ending.Length is >= 1 and <= 4
                    : ending.Length >= 1 && (j == text.Length || !char.IsLetter(text[j]))
                        && (c != '.' || DotEnding(text.AsSpan(0, i), ending) || (droppedAt == i && ending is "s"));
                if (glued)
                {
                    result ??= new StringBuilder(text.Length).Append(text, 0, i);
                    AccentParticiple(result);
                    i = c == '(' ? j + 1 : j;
                    droppedAt = i;
                    continue;
                }
            }

            result?.Append(c);
            i++;
        }

        return result?.ToString() ?? text;
    }

    private static readonly System.Buffers.SearchValues<char> InclusiveMarks = System.Buffers.SearchValues.Create("(·⋅.");

    /// <summary>An ending inclusive writing puts after a dot, in small letters (a sentence that starts right after a dot starts
    /// with a capital), after the word it is the ending of: « inscrit.e », « actif.ve », « lycéen.ne », « professionnel.le »,
    /// « directeur.rice »; « imposition.le numéro » (a space forgotten) is two words.</summary>
    private static bool DotEnding(ReadOnlySpan<char> before, ReadOnlySpan<char> ending) => ending switch
    {
        "e" or "es" => true,
        "ve" or "ves" => before.EndsWith("f"),
        "ne" or "nes" => before.EndsWith("n"),
        "le" or "les" => before.EndsWith("l"),
        "rice" or "rices" or "trice" or "trices" or "euse" or "euses" => before.EndsWith("eur"),
        _ => false,
    };

    /// <summary>« Ne(e) le », « NE(E) LE » written without the accent: an inclusive ending makes « ne » the participle « né »,
    /// never the negation.</summary>
    private static void AccentParticiple(StringBuilder written)
    {
        var n = written.Length;
        if (n >= 2 && (n == 2 || !char.IsLetter(written[n - 3])) && written[n - 2] is 'n' or 'N' && written[n - 1] is 'e' or 'E')
        {
            written[n - 1] = written[n - 1] == 'e' ? 'é' : 'É';
        }
    }

    private static void Flush(StringBuilder word, List<string> tokens, List<string>? plain, StringBuilder? accented)
    {
        if (word.Length == 0)
        {
            accented?.Clear();
            return;
        }

        var w = word.ToString();
        word.Clear();
        w = w switch
        {
            "no" or "num" or "nº" => "numero",
            "combien" => "nombre",
            _ => w,
        };
        if (plain is not null)
        {
            var exact = accented!.ToString().Normalize(NormalizationForm.FormC);
            accented.Clear();
            plain.Add(w == "numero" ? w : exact);
        }

        if (w.Length > 3 && (w[^1] == 's' || w[^1] == 'x') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        tokens.Add(w);
    }

    /// <summary>Splits an HTML name or id into lowercase fragments: "dossier[nom_naissance]" → dossier, nom, naissance, nom_naissance.</summary>
    public static List<string> NameFragments(string? name)
    {
        var fragments = new List<string>();
        if (string.IsNullOrEmpty(name))
        {
            return fragments;
        }

        var current = new StringBuilder();
        var parts = new List<string>();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && current.Length > 0 && char.IsLower(name[i - 1]))
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        fragments.AddRange(parts);
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            fragments.Add(parts[i] + "_" + parts[i + 1]);
        }

        return fragments;
    }
}
