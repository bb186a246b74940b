using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Scenarios;
using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

/// <summary>
/// Decides what a field asks and whether it counts, in two readings kept apart and both shown to the reviewer:
/// <list type="number">
/// <item>the <b>topic</b>: the catalogue item its wording names (label, placeholder, hint, legend, options, page title,
/// markup), phrases matched as whole French words, the longer phrase winning;</item>
/// <item>the <b>structure</b> (<see cref="FieldReading"/>): whose data (applicant, household, third party,
/// organisation), what kind of thing (a datum, a document, an identifier), which address (the home or another place),
/// who issued a document (a public body or a private party), in which context. The hard-case rules of the contract
/// (shared/domain/dlnuf.md) then turn the topic into the decision: a third party's data is not held, another address
/// is not held, a public body's certificate is held, an identifier of a record is a key.</item>
/// </list>
/// Built once per catalogue; thread-safe.
/// </summary>
public sealed partial class Classifier
{
    public const string Applicant = "demandeur";

    // How much a cue found in each place is worth: the label is what the user answers to.
    private const double LabelWeight = 1.0;
    private const double PlaceholderWeight = 0.9;
    private const double HintWeight = 0.7;
    private const double LegendWeight = 0.55;
    private const double OptionsWeight = 0.35;
    private const double PageWeight = 0.2;
    private const double AutocompleteWeight = 1.3;
    private const double NameWeight = 0.45;
    private const double PatternWeight = 0.5;

    // Marks at the start of a catalogue phrase (see the catalogue's header).
    private const char GenericMark = '~';
    private const char DecisiveMark = '=';
    private const char OwnWordsMark = '^';

    /// <summary>Heads of a label that are amounts, dates or counts: with no cue they are data the user states, not data held.</summary>
    private static readonly HashSet<string> QuantityWords = Folded("budget", "cout", "date", "duree", "montant", "nombre", "prix", "somme", "tarif", "valeur");

    /// <summary>« lien » as folded.</summary>
    private static readonly string Bond = TextFolding.Tokens("lien")[0];

    /// <summary>« depuis » as folded (its final s read as a plural).</summary>
    private static readonly string Since = TextFolding.Tokens("depuis")[0];

    /// <summary>
    /// Services whose login or API asks a postal code together with the user's number (the DS « cnaf » and « pole_emploi »
    /// fields, caf.fr, France Travail): a postal code asked in their name identifies the user and takes the key item.
    /// </summary>
    private static readonly (string[] Holder, string KeyItem)[] PostalCodeKeys =
    [
        (["caf"], "family.caf_number"),
        (["msa"], "family.caf_number"),
        (["allocataire"], "family.caf_number"),
        (["cnaf"], "family.caf_number"),
        (["france", "travail"], "employment.identifiers"),
        (["pole", "emploi"], "employment.identifiers"),
    ];

    private readonly PhraseIndex<Cue> _cues = new();
    private readonly PhraseIndex<bool> _prefilledMarkers = new();
    private readonly TypoCorrector _typos = new();
    private readonly Dictionary<string, List<DataItem>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _byAutocomplete = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _keyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _documentOfKey = new(StringComparer.Ordinal);
    private readonly Negations _negations;
    private readonly FieldReader _reader;
    private readonly DataItem? _notHeld;
    private readonly DataItem? _otherHeld;
    private readonly DataItem? _otherKey;
    private readonly DataItem? _freeText;
    private readonly DataItem? _postalAddress;
    private readonly DataItem? _identity;
    private readonly DataItem? _businessIdentity;
    private readonly DataItem? _associationRegistration;
    private readonly DataItem? _education;
    private readonly DataItem? _familyComposition;
    private readonly DataItem? _employment;
    private readonly DataItem? _businessAccounts;
    private readonly DataItem? _benefits;
    private readonly DataItem? _businessRegistration;
    private readonly DataItem? _income;

    private enum CueKind
    {
        Specific,
        Generic,
        Decisive,
    }

    /// <param name="OwnWordsOnly">Read in the field's own label or placeholder only: in a heading or a hint the phrase says
    /// whose situation a page is about, not what this field asks (« Vous êtes né en France » over a list of documents).</param>
    private sealed record Cue(DataItem Item, CueKind Kind, bool OwnWordsOnly = false);

    private enum Source
    {
        Label,
        Placeholder,
        Hint,
        Legend,
        Options,
        Page,
        Markup,
    }

    /// <param name="Cue">The phrase found, or for markup the whole explanation (« attribut name « nom » »).</param>
    private readonly record struct Hit(DataItem Item, Source Source, double Score, string Cue, CueKind Kind, int Length, int Start = -1, int End = -1)
    {
        /// <summary>Where and what was read, in French; written only for the few hits a reason quotes.</summary>
        public string Why => Source == Source.Markup ? Cue : $"{SourceName(Source)} « {Cue} »";
    }

    /// <summary>Who a place receives (« effectif du public admis »).</summary>
    private static readonly HashSet<string> Received = Folded("public", "admis", "accueilli", "accueillis", "élèves", "enfants", "participants",
        "spectateurs", "visiteurs");

    /// <summary>The position of the relative pronoun that opens the clause holding position <paramref name="at"/> (« que »,
    /// « laquelle », « dont »…), within four words before it; or -1.</summary>
    private static int RelativeBefore(TokenText label, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 4; k--)
        {
            if (label.Folded[k] is "que" or "qu" or "laquelle" or "lequel" or "lesquel" or "lesquelle" or "dont")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>What one wishes to do with a title one has (« renouveler », « remplacer »).</summary>
    private static readonly HashSet<string> RenewWords = Folded("renouveler", "remplacer", "échanger", "refaire", "prolonger");

    /// <summary>Prepositions before a channel (« par courriel », « dans le courriel », « sur votre téléphone »).</summary>
    private static readonly HashSet<string> ChannelPrepositions = Folded("par", "dans", "sur", "via", "au", "du", "en");

    /// <summary>Titles an administration issued and keeps with their dates (« Date de fin de validité de votre carte de séjour »).</summary>
    private static readonly HashSet<string> TitleItems = ["identity.document", "driving.licence", "vehicle.registration"];

    /// <summary>Items a heading cannot give a generic field: a status named over a section (« Allocataire RSA ») says who, not what is asked.</summary>
    private static readonly HashSet<string> StatusItems = ["social.benefits", "employment.status", "disability.decision", "education.scholarship", "tax.income", "tax.notice", "family.quotient", "family.composition"];

    /// <param name="Cause">The hit that explains the item's score.</param>
    private readonly record struct Match(DataItem Item, double Score, Hit Cause, int Length)
    {
        public string Why => Cause.Why;
    }

    /// <summary>The topic before the structural reading: the item, why, and whether a specific cue of the label named it.</summary>
    /// <param name="Where">Where the cue that named the item was read (none for a fallback).</param>
    private sealed record Topic(DataItem? Item, string Why, bool Specific, string? Rule, double Score, double RunnerUp, bool Fallback, Source? Where = null);

    public Classifier(DataCatalogue catalogue)
    {
        Catalogue = catalogue;
        foreach (var item in catalogue.Items)
        {
            foreach (var written in item.Phrases)
            {
                var marked = written.Trim();
                var ownWordsOnly = marked.StartsWith(OwnWordsMark);
                marked = marked.TrimStart(OwnWordsMark);
                var kind = marked switch
                {
                    [GenericMark, ..] => CueKind.Generic,
                    [DecisiveMark, ..] => CueKind.Decisive,
                    _ => CueKind.Specific,
                };
                var phrase = marked.TrimStart(GenericMark, DecisiveMark).Trim();
                _cues.Add(phrase, new Cue(item, kind, ownWordsOnly));
                foreach (var token in TextFolding.Tokens(phrase.TrimStart('!')))
                {
                    _typos.Learn(token);
                }
            }

            foreach (var name in item.Names)
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName[name] = list = [];
                }

                list.Add(item);
            }

            foreach (var token in item.Autocomplete)
            {
                _byAutocomplete.TryAdd(token, item);
            }
        }

        // The key that fetches a held item: same domain (the id's prefix) and the same administration.
        foreach (var held in catalogue.Items.Where(i => i.Holding == Holding.Held))
        {
            var domain = Domain(held.Id);
            var key = catalogue.Items.FirstOrDefault(k => k.Holding == Holding.Key && Domain(k.Id) == domain && ProviderWords(k).Overlaps(ProviderWords(held)));
            if (key is not null)
            {
                _keyOf[held.Id] = key;
                // The document of the key's record: the first document of its domain in the catalogue (the SIRET's is the
                // register extract, the tax number's the tax notice), else the datum it unlocks.
                _documentOfKey.TryAdd(key.Id, catalogue.Items.FirstOrDefault(d => d.Holding == Holding.Held && d.Weight >= 3 && Domain(d.Id) == domain) ?? held);
            }
        }

        foreach (var marker in catalogue.PrefilledMarkers)
        {
            _prefilledMarkers.Add(marker, true);
        }

        _negations = new Negations(
            catalogue.Negations.Select(n => TextFolding.Tokens(n).ToArray()).Where(t => t.Length > 0).ToList(),
            (text, k) => _cues.At(text, k)?.Entry.Value.Item);
        _reader = new FieldReader(catalogue.Reading);
        _notHeld = catalogue.Find("other.not_held");
        _otherHeld = catalogue.Find("other.held");
        _otherKey = catalogue.Find("other.key");
        _freeText = catalogue.Find("free.text");
        _postalAddress = catalogue.Find("address.postal");
        _identity = catalogue.Find("identity.civil");
        _businessIdentity = catalogue.Find("business.identity");
        _associationRegistration = catalogue.Find("association.registration");
        _education = catalogue.Find("education.student");
        _familyComposition = catalogue.Find("family.composition");
        _employment = catalogue.Find("employment.status");
        _businessAccounts = catalogue.Find("business.accounts");
        _benefits = catalogue.Find("social.benefits");
        _businessRegistration = catalogue.Find("business.registration");
        _income = catalogue.Find("tax.income");
    }

    public DataCatalogue Catalogue { get; }

    private static readonly Lazy<Classifier> DefaultClassifier = new(() => new Classifier(DataCatalogue.Default));

    public static Classifier Default => DefaultClassifier.Value;

    public FieldDecision Classify(FieldObservation field)
    {
        var negations = new List<Negation>();
        var corrections = new List<string>();

        // A condition in the label (« Avis d'imposition (si vous n'avez pas de numéro fiscal) ») is context, read as a hint.
        var conditions = new List<TokenText>();
        var labelWords = new List<string>();
        var label = _typos.Correct(_negations.Clean(field.Label, negations, conditions, labelWords), corrections);
        var placeholder = _typos.Correct(TokenText.Of(field.Placeholder), corrections);
        var hint = _typos.Correct(TokenText.Join([_negations.Clean(field.Hint, negations, null), .. conditions]), corrections);
        var legendAsWritten = TokenText.Of(field.Legend);
        var legend = _typos.Correct(legendAsWritten, corrections);
        var sectionAsWritten = TokenText.Of(field.Section);
        var section = _typos.Correct(sectionAsWritten, corrections);
        var page = TokenText.Of(field.Page);
        var input = field.Input?.ToLowerInvariant();

        var hits = new List<Hit>();
        AddPhrases(hits, label, Source.Label);

        // « Une attestation d'inscription sur la liste électorale comportant vos nom, prénoms et domicile »: what a document
        // is said to mention describes it; the document named before is the one asked (D5: the first named).
        if (field.IsUpload && ContentDescribedFrom(label) is { } described && hits.Any(h => h.Source == Source.Label && h.Start >= 0 && h.Start < described))
        {
            hits.RemoveAll(h => h.Source == Source.Label && h.Start > described);
        }

        // « Commune où vous avez perdu votre permis », « Lieu où votre passeport a été volé »: the place is asked; the title
        // named in the clause is what happened there.
        if (PlaceClauseAt(label) is var clause && clause >= 0 && label.Folded.Skip(clause).Any(LossWords.Contains))
        {
            hits.RemoveAll(h => h.Source == Source.Label && h.Start > clause && TitleItems.Contains(h.Item.Id));
        }

        AddPhrases(hits, placeholder, Source.Placeholder);
        AddPhrases(hits, hint, Source.Hint);
        AddPhrases(hits, legend, Source.Legend);
        var sectionAsHint = field.IsUpload && !hits.Any(h => h.Source is Source.Label or Source.Placeholder or Source.Hint);
        AddPhrases(hits, section, sectionAsHint ? Source.Hint : Source.Legend);
        foreach (var option in field.Options.Take(60))
        {
            AddPhrases(hits, TokenText.Of(option), Source.Options);
        }

        // An upload whose label names no document (« Ajouter un document ») is named by its page or section (« Chômage »).
        var genericUpload = field.IsUpload && !hits.Any(h => h.Source is Source.Label or Source.Placeholder or Source.Hint);
        var sectionNamed = sectionAsHint && !genericUpload;
        AddPhrases(hits, page, genericUpload || sectionNamed ? Source.Legend : Source.Page);

        // « Ajouter un document » under « Justificatif de situation professionnelle » on the page « Chômage »: the section names
        // the kind of proof, the page the status it proves.
        if (sectionNamed && hits.Any(h => h.Source == Source.Legend && h.Item.Holding == Holding.Held) && _notHeld is not null)
        {
            hits.RemoveAll(h => h.Source == Source.Hint && h.Item == _notHeld);
        }
        AddMarkupCues(hits, field);

        // A checkbox or radio that is one option of a question (« Pension alimentaire » under « Quel type de revenu
        // percevez-vous ? ») asks what its own text names; only a bare answer (« Oui ») takes its question's topic, and so
        // does a public body chosen as the answer (« CPAM » under « Quel est votre régime de sécurité sociale ? »).
        if (input is "checkbox" or "radio" && label.Count > 0 && !IsBareAnswer(label) && !hits.Any(h => h.Source is Source.Label or Source.Placeholder)
            && !NamesOnlyAPublicBody(label))
        {
            hits.RemoveAll(h => h.Source is Source.Legend or Source.Page);
        }

        // A text area asks for the person's own words: what its hint mentions (« Le consommateur la recevra par mail »,
        // « évitez les mots de passe ») is advice about them, not a datum, when the label itself names none.
        // A hint that begins by naming data (« Nom, prénom, adresse postale ») says what to type, though.
        if (input == "textarea" && label.Count > 0 && !hits.Any(h => h.Source is Source.Label or Source.Placeholder)
            && hint.Folded.FindIndex(w => w != "|" && !PhraseIndex<int>.Skippable.Contains(w)) is var hintHead && !hits.Any(h => h.Source == Source.Hint && h.Start == hintHead))
        {
            hits.RemoveAll(h => h.Source == Source.Hint);
        }

        // A closed question is answered by a choice: a hint's « Si oui, précisez » asks for the next field's words, not this one's.
        if (input is "checkbox" or "radio" or "select" && _freeText is not null)
        {
            hits.RemoveAll(h => h.Item == _freeText && h.Source == Source.Hint);
        }

        // « tel qu'indiqué », « telle qu'elle figure »: the word « tel », not the abbreviation of « téléphone ».
        TokenText? SourceText(Source source) => source switch
        {
            Source.Label => label,
            Source.Placeholder => placeholder,
            Source.Hint => hint,
            _ => null,
        };

        hits.RemoveAll(h => h.Item.Id == "contact.phone" && h.Cue == "tél" && h.Start >= 0 && SourceText(h.Source) is { } text && h.Start < text.Count
            && (text.Plain[h.Start].ToLowerInvariant() is "telle" or "telles" or "tels" || (h.End < text.Count && text.Folded[h.End] is "qu" or "que")));

        // « Effectif maximal du public admis », « selon l'effectif accueilli »: how many people a place receives, not the company's
        // headcount.
        hits.RemoveAll(h => h.Item.Id == "business.accounts" && h.Cue is "effectif" or "effectifs" && h.Start >= 0 && SourceText(h.Source) is { } counted
            && counted.Folded.Skip(h.End).Take(3).Any(Received.Contains));

        // « Avis de l'architecte des bâtiments de France »: a word of a long public body's name is the body, not a datum it
        // names; a short one is its scheme too (« prestation d'assurance chômage » is the benefit).
        hits.RemoveAll(h => h.Source is Source.Label or Source.Hint && h.Start >= 0 && SourceText(h.Source) is { } named
            && _reader.InsidePublicBody(named, h.Start, h.End, minWords: 3));

        // « Attestation d'employeur destinée à France Travail »: whom a paper is sent to is not what it is.
        hits.RemoveAll(h => h.Source == Source.Label && h.Start > 0 && FieldReader.AddressedTo(label, h.Start));

        // « Il figure dans le courriel de confirmation », « le code envoyé sur votre téléphone »: a channel the hint names after a
        // preposition is how something reached the person, not the datum asked.
        hits.RemoveAll(h => h.Source == Source.Hint && h.Item.Id is "contact.email" or "contact.phone" && h.Start >= 0
            && FieldReader.WordBefore(hint, h.Start) is { } before && ChannelPrepositions.Contains(before));

        var asked = label.Count > 0 ? label : placeholder;
        var texts = new FieldReader.Texts(asked, hint, legend, section, page, input, field.Administration)
        {
            Name = TokenText.Of(NameWords(field.Name)),
            Closed = IsClosed(field, input),
            Options = field.Options,
            Public = field.Public,
        };
        var reading = _reader.Read(texts);
        var topic = ChooseTopic(field, hits, asked, hint, TokenText.Join([legend, section]), negations);
        var (item, structureRule) = Structure(reading, topic, texts);

        // An organisation that is an association (its page, section, group or administration says so) is in the RNA, not
        // SIRENE: its name, seat and officers are its registration (rule 1).
        if (item is not null && item == _businessIdentity && _associationRegistration is not null && AssociationNamedIn(texts) is { } association
            && !SireneOnly(topic.Why))
        {
            item = _associationRegistration;
            structureRule = $"{structureRule}{(structureRule is null ? "" : " ; ")}organisation qui est une association ({association}) : le RNA la décrit (règle 1)";
        }

        var prefilled = IsPrefilled(field, label, hint, out var prefilledWhy);
        var person = PersonOf(legendAsWritten.Folded, sectionAsWritten.Folded, labelWords);
        var negation = item is null ? null : negations.FirstOrDefault(n => n.Self || n.Objects.Contains(item));
        var counted = item is { Holding: Holding.Held } && !prefilled && !field.Disabled && negation is null;
        var path = PathOf(topic, structureRule, reading, item, field);
        var confidence = item is null ? 0 : Calibration.Embedded.Confidence(path);
        var review = item is null || confidence < (counted ? CountedReviewThreshold : ReviewThreshold);

        var reason = Reason(topic, structureRule, reading, item, corrections, negations, negation, prefilled, prefilledWhy, field.Disabled, review);
        return new FieldDecision
        {
            FieldId = field.Id,
            FieldLabel = field.DisplayLabel,
            Page = field.Page,
            ItemId = item?.Id,
            ItemLabel = item?.Label,
            Holding = item?.Holding,
            Counted = counted,
            Prefilled = prefilled,
            IsUpload = field.IsUpload,
            Weight = item?.Weight ?? 0,
            Provider = item?.Provider ?? "",
            Replacement = item?.Replacement ?? "",
            Reason = reason,
            Confidence = confidence,
            Ambiguous = review,
            Person = person,
            Selector = field.Selector,
            Reading = reading,
            Path = path,
        };
    }

    private static readonly HashSet<string> BareAnswers = Folded("oui", "non", "je", "ne", "sais", "pas", "nsp", "aucun", "aucune", "autre", "sans", "objet");

    /// <summary>A technical name in words: brackets, underscores, dashes and camelCase humps become spaces.</summary>
    private static string? NameWords(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return null;
        }

        var words = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '[' or ']' or '_' or '-' or '.' or ':' or '/')
            {
                if (i == 0 || name[i - 1] is not ('[' or ']' or '_' or '-' or '.' or ':' or '/'))
                {
                    words.Append(' ');
                }

                continue;
            }

            if (c is >= 'A' and <= 'Z' && i > 0 && name[i - 1] is >= 'a' and <= 'z')
            {
                words.Append(' ');
            }

            words.Append(c);
        }

        return words.ToString();
    }

    /// <summary>A choice to make (select, radio, checkbox) or a label that ends with a question mark.</summary>
    private static bool IsClosed(FieldObservation field, string? input) =>
        input is "select" or "radio" or "checkbox" || field.Label?.TrimEnd().EndsWith('?') == true;

    /// <summary>The words of a label that asks a name and nothing else (« Nom », « Votre prénom », « Nom d'usage », « Quel est votre
    /// nom ? »): a label that names anyone (« Nom du salarié ») or asks more (a birth date) is not bare.</summary>
    private static readonly HashSet<string> BareNameWords = Folded("nom", "noms", "prénom", "prénoms", "civilité", "usage", "naissance", "famille", "usuel",
        "votre", "vos", "ton", "ta", "quel", "quels", "est", "sont", "de", "d", "et", "ou", "le", "la", "l", "s");

    private static bool IsBareName(TokenText label) => label.Count > 0 && label.Folded.All(w => w == "|" || BareNameWords.Contains(w))
        && label.Folded.Any(w => w is "nom" or "noms" or "prenom" or "prenoms" or "civilite");

    private static bool IsBareAnswer(TokenText label) => label.Folded.All(t => t == "|" || BareAnswers.Contains(t));

    /// <summary>Below this calibrated confidence a decision is flagged « à revoir » for a reviewer. Chosen on the development
    /// part: it flags about a tenth of it, and the precision of the rest is the same as with 0.7 (which flagged 14 %).</summary>
    public const double ReviewThreshold = 0.625;

    /// <summary>A counted decision changes the published score: it is flagged below this higher confidence. Chosen on the
    /// development part (stop 27): the share flagged goes from 2.7 % to 8.3 % and the counted precision of the rest from
    /// 0.910 to 0.931, within the tenth of fields a review may take.</summary>
    public const double CountedReviewThreshold = 0.80;

    /// <summary>The catalogue item the wording names, with the reading rules of the topic itself (wishes, keys, generic cues).</summary>
    private Topic ChooseTopic(FieldObservation field, List<Hit> hits, TokenText asked, TokenText hint, TokenText legend, List<Negation> negations)
    {
        var scores = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            Add(scores, hit);
        }

        var ranked = Ranked(scores);
        var onlyChoices = true;
        foreach (var hit in hits)
        {
            onlyChoices &= hit.Source is Source.Options or Source.Page;
        }

        // Choices that name the same held status several times (« Étudiant », « Lycéen », « Apprenti » ; « Célibataire »,
        // « Marié(e) ») ask that status, whatever the question says (rule 4).
        if (ranked.Count > 0 && onlyChoices && StatusAskedByOptions(hits) is { } status)
        {
            return new Topic(status.Item, status.Why, true, "les choix proposés sont des situations qu'une administration connaît (règle 4)", OptionsWeight * 2, 0, false, Source.Options);
        }

        // A list of choices alone does not say which data is asked (« Type d'acte : copie intégrale, extrait… »).
        if (ranked.Count == 0 || onlyChoices)
        {
            var listed = ranked.Count == 0 ? null : $"les choix proposés citent seulement {ranked[0].Why}";
            var (item, why) = Fallback(field, asked, listed);
            return new Topic(item, why, false, null, 0, 0, true);
        }

        var chosen = ranked[0];
        // A label that lists several things (« Un RIB au nom de l'entreprise », « Carte grise d'origine ou une pièce officielle »)
        // asks the first one it names, at its head.
        var head = asked.Count == 0 ? -1 : asked.Folded.FindIndex(t => t != "|" && !PhraseIndex<int>.Skippable.Contains(t));
        Hit? first = null;
        foreach (var h in hits)
        {
            if (h.Source is Source.Label or Source.Placeholder && h.Kind == CueKind.Specific && h.Start >= 0 && h.Start <= head + 1
                && (first is not { } earlier || h.Start < earlier.Start || (h.Start == earlier.Start && h.Length > earlier.Length)))
            {
                first = h;
            }
        }

        if (first is { } f && f.Item != chosen.Item && scores.TryGetValue(f.Item.Id, out var firstMatch))
        {
            chosen = firstMatch;
        }
        else if (first is null && chosen.Cause is { Kind: CueKind.Generic, Source: Source.Label } later && OwnerAfterHead(hits, asked, head, later) is { } headHit
            && scores.TryGetValue(headHit.Item.Id, out var headMatch))
        {
            // « Justificatifs de ressources de toutes les personnes vivant au foyer »: of two generic cues, the one after « de »
            // says whose; the one at the head is what is asked.
            chosen = headMatch;
        }

        var overridden = new HashSet<string>(StringComparer.Ordinal);
        var rule = Decide(field, hits, scores, asked, hint, legend, ref chosen, overridden);
        var specific = rule is not null;
        foreach (var h in hits)
        {
            specific |= h.Item == chosen.Item && h.Kind != CueKind.Generic
                && (h.Source is Source.Label or Source.Placeholder or Source.Markup || (h.Source == Source.Hint && field.IsUpload));
        }

        var runnerUp = 0.0;
        foreach (var m in ranked)
        {
            if (m.Item.Id != chosen.Item.Id && !overridden.Contains(m.Item.Id))
            {
                runnerUp = m.Score;
                break;
            }
        }

        return new Topic(chosen.Item, chosen.Why, specific, rule, Math.Max(chosen.Score, ranked[0].Score), runnerUp, false, chosen.Cause.Source);
    }

    /// <summary>The generic cue at the label's head when <paramref name="later"/>, another generic cue, only completes it after
    /// « de » (« … de toutes les personnes vivant au foyer »); or null.</summary>
    private static Hit? OwnerAfterHead(List<Hit> hits, TokenText asked, int head, Hit later)
    {
        // Back over « toutes les », « de chaque » (« tous » and « toutes » fold to « tou » and « toute »).
        var k = later.Start - 1;
        while (k > 0 && asked.Folded[k] is "tout" or "toute" or "tou" or "le" or "la" or "l" or "les" or "chaque")
        {
            k--;
        }

        if (k <= head || asked.Folded[k] is not ("de" or "du" or "des" or "d"))
        {
            return null;
        }

        foreach (var h in hits)
        {
            if (h.Source == Source.Label && h.Kind == CueKind.Generic && h.Item != later.Item && h.Start >= 0 && h.Start <= head + 1 && h.End <= k)
            {
                return h;
            }
        }

        return null;
    }

    /// <summary>The items by score, then by the length of their phrase; in the order they were first found on ties.</summary>
    private static List<Match> Ranked(Dictionary<string, Match> scores)
    {
        var ranked = new List<Match>(scores.Count);
        foreach (var m in scores.Values)
        {
            // An insertion sort keeps ties in order (List.Sort would not); there are a handful of items.
            var at = ranked.Count;
            while (at > 0 && (ranked[at - 1].Score < m.Score || (ranked[at - 1].Score == m.Score && ranked[at - 1].Length < m.Length)))
            {
                at--;
            }

            ranked.Insert(at, m);
        }

        return ranked;
    }

    /// <summary>A held item named by at least two of the choices, or by a third of them.</summary>
    private static Hit? StatusAskedByOptions(List<Hit> hits)
    {
        var options = hits.Where(h => h.Source == Source.Options && h.Item.Holding == Holding.Held && StatusItems.Contains(h.Item.Id) || h.Source == Source.Options && h.Item.Id is "education.student" or "social.health_rights").ToList();
        // Activity situations mixed (« Salarié », « Demandeur d'emploi », « Étudiant », « Retraité »): the question is the
        // situation with regard to employment, whichever status has more choices (D13).
        var employment = options.FirstOrDefault(h => h.Item.Id == "employment.status");
        if (employment.Item is not null && options.Any(h => h.Item.Id == "education.student"))
        {
            return employment;
        }

        var best = options.GroupBy(h => h.Item.Id).OrderByDescending(g => g.Count()).FirstOrDefault();
        return best is not null && best.Count() >= 2 ? best.First() : null;
    }

    /// <summary>
    /// The hard-case rules applied to the topic with the field's structure: whose data, which address, who issued the
    /// document, an identifier of a record. Returns the decided item and the rule that changed it (in French), if any.
    /// </summary>
    private (DataItem? Item, string? Rule) Structure(FieldReading r, Topic topic, FieldReader.Texts texts)
    {
        var label = texts.Label;
        var item = topic.Item;
        var id = item?.Id;

        // A checkbox is ticked, not typed: one whose text names an address, a phone, an e-mail, bank details or a vehicle (not
        // its papers) states a fact about them or a consent (« Je ne trouve pas mon adresse », « N'a pas de téléphone »,
        // « Recevoir les SMS », « Avez-vous voyagé en véhicule personnel ? ») and asks none of them (rule 1: what is asked,
        // not what is mentioned).
        if (texts.Input == "checkbox" && (id is "address.postal" or "contact.email" or "contact.phone" or "bank.rib" || (id is "vehicle.registration" && r.Asks != ObjectKind.Document))
            && label.Count > 0 && !IsBareAnswer(label))
        {
            return (_notHeld, $"case à cocher qui affirme un fait ({topic.Why}) sans demander la donnée : rien de détenu n'est demandé (règle 1)");
        }

        // A radio button is chosen, not typed either: one that names an address, a phone, an e-mail or bank details (« Domicile »,
        // « La rue est-elle équipée d'un éclairage public ? ») offers a choice or asks a fact about them, never the datum.
        if (texts.Input == "radio" && id is "address.postal" or "contact.email" or "contact.phone" or "bank.rib" && label.Count > 0 && !IsBareAnswer(label))
        {
            return (_notHeld, $"choix ou question fermée qui porte sur la donnée ({topic.Why}) sans la demander : rien de détenu n'est demandé (règle 1)");
        }

        // « Autorise l'administrateur à récupérer le quotient familial », « En cochant cette case, vous consentez à diffuser
        // des données »: a box whose text gives a consent, in whatever person the verb is, agrees to a use of the data and
        // asks none of it (rule 1). « j'accepte », « j'autorise » are the catalogue's own decisive phrases.
        if (texts.Input is "checkbox" or "radio" && id is not null and not "other.not_held" && ConsentIn(label) is { } consent)
        {
            return (_notHeld, $"case à cocher ou choix qui donne un accord (libellé « {consent} ») : elle ne demande pas la donnée (règle 1)");
        }

        // An uploaded file is a document, never the person's own words: a heading's « votre demande » over it says nothing
        // of what the document is: not held, unless the document rules below find its issuer public (rule 5).
        if (id == "free.text" && texts.Input == "file" && topic.Where is not Source.Label)
        {
            item = _notHeld;
            id = item?.Id;
        }

        // Free text is what a person says in their own words (a motive, a description, a comment, even picked from a list, as
        // the contract's « Motif de la demande »): a number or a date is not, and neither is a field that only sits under a
        // heading about a description (« La description de la structure » over « Type de structure »).
        if (id == "free.text" && (texts.Input is "number" or "date"
            || (texts.Input != "textarea" && topic.Where is Source.Legend or Source.Page)))
        {
            return (_notHeld, $"un nombre, une date ou un champ sous un titre ({topic.Why}) n'est pas un texte libre : donnée que l'usager indique, non détenue (règle 1)");
        }

        // « Type d'allocation », « Montant mensuel de votre allocation » asked by France Travail: a benefit named only by a
        // generic word is the one the asking administration pays, when that administration's own name is a cue of the
        // unemployment benefit (« France Travail », « Pôle emploi »); it keeps the status of its payer (D26).
        if (id == "social.benefits" && !topic.Specific && topic.Where == Source.Label && r.Subject is Subject.Applicant or Subject.Household
            && _reader.PublicBodyIn(label) is null && texts.Administration is { Length: > 0 } administration
            && _cues.First(TokenText.Of(administration)) is { Entry.Value.Item: { Id: "employment.status" } payer } payerCue)
        {
            return (payer, $"prestation nommée d'un mot générique ({topic.Why}), demandée par l'administration qui la verse (administration « {payerCue.Entry.Phrase} ») : c'est « {payer.Label} » (D26)");
        }

        // « Code postal de naissance », « Ville » under « Votre naissance »: the place of one's birth is part of the civil
        // status, not an address; a third party's stays theirs (below).
        if (id == "address.postal" && r.Subject is Subject.Applicant or Subject.Household && _identity is not null
            && BirthNamedIn(texts) is { } birth)
        {
            return (_identity, $"lieu de naissance ({birth}) : c'est l'état civil, pas une adresse");
        }

        // « Parcelles cadastrales », « Cadastre : section et numéro »: a parcel's reference in the land register is the key
        // of a record the tax administration holds, not a place to type (rule 9).
        if (texts.Input != "file" && id is null or "other.not_held" or "address.postal" && _otherKey is not null && CadastralReference(label) is { } parcel)
        {
            return (_otherKey, $"référence cadastrale (libellé « {parcel} ») : clé d'un dossier du cadastre (règle 9)");
        }

        // A person's e-mail, phone, bank details, free text: their own item, whoever they belong to (rule 1).
        if (id is "contact.email" or "contact.phone" or "bank.rib" or "free.text")
        {
            return (item, null);
        }

        // « Ville de formation », « Commune du lycée »: where the person studies, their enrolment, not their home (rule 1, D12).
        if (id == "address.postal" && r.Subject is Subject.Applicant or Subject.Household && _education is not null && _reader.PlaceOfStudies(label) is { } studies)
        {
            return (_education, $"lieu des études de la personne (libellé « {studies} ») : sa scolarité est connue, ce n'est pas son domicile (règle 1)");
        }

        // « Votre lien » chosen under « Représentant légal 1 »: the bond with a member of the household is its composition
        // (D22); typed, a « lien » is a web address.
        if (id == "other.not_held" && texts.Closed && r.Subject == Subject.Household && label.Head == Bond && _familyComposition is not null)
        {
            return (_familyComposition, $"lien avec un membre du foyer ({r.SubjectCue}) : la composition du foyer est connue (D22)");
        }

        // On a structure's procedure (the scenario's `public: professionnels` or `associations`), a bare name (« Nom », « Votre
        // prénom ») or a bare address that no label or heading gives to anyone, or only to « vous », is no person's own record
        // (rule 1): the name is the person typing it in their professional role (« the filer's professional data is not held »);
        // the address is the structure's, which its register holds, as under « Votre structure ». A manager named keeps the
        // register's item (below); a person the label names (« Nom du salarié »), a birth date, a fact about the address or
        // another place read as they always do.
        if (ProcedureInfo.IsStructures(texts.Public) && r.ByTypist && _reader.ManagerIn(texts) is null)
        {
            if (id == "identity.civil" && IsBareName(label))
            {
                return (_notHeld, $"structure (public « {texts.Public} ») : nom qu'aucun titre ne donne à une personne, donnée professionnelle de qui la dépose, non détenue (règle 1)");
            }

            if (id == "address.postal" && r.Qualifier == Qualifier.None && texts.Input != "date" && !texts.Closed
                && (texts.Public == ProcedureInfo.Associations ? _associationRegistration : _businessIdentity) is { } register)
            {
                return (register, $"structure (public « {texts.Public} ») : adresse qu'aucun titre ne donne à une personne, celle de la structure, que son registre détient (règle 1)");
            }
        }

        switch (r.Subject)
        {
            // « Certificat d'immatriculation barré par le vendeur »: a vehicle's papers are the vehicle's record, whoever held them.
            case Subject.ThirdParty when id == "vehicle.registration" && texts.Input == "file" && topic.Where == Source.Label:
                break;

            case Subject.ThirdParty:
                return (_notHeld, id == "other.not_held" ? null : $"donnée d'un tiers ({r.SubjectCue}) : aucune administration ne la détient pour le demandeur (règle 1)");

            // The person's own school or university (« le nom de ton établissement » on a page about studies): an
            // establishment, the word schools and companies share, is their enrolment, not a company's register (rule 1, D12).
            case Subject.Organisation when id is "identity.civil" or "address.postal" or "business.identity" or "association.registration"
                && r.SubjectCue?.Contains("établissement", StringComparison.Ordinal) == true && _reader.SchoolingIn(texts) is { } schooling && _education is not null:
                return (_education, $"établissement d'études de la personne ({r.SubjectCue}, contexte {schooling}) : sa scolarité est connue (règle 1)");

            // The filing organisation's own type, legal form, creation date or département (« Type de votre organisation »,
            // « Année de création de votre structure »): what its register says about it (rule 1).
            case Subject.Organisation when id is null or "other.not_held" && IsFilingOrganisation(r.SubjectCue) && RegisterFactOf(label) is { } fact:
                var register = IsAssociation(r, label) ? _associationRegistration : _businessIdentity;
                return (register, $"{fact} de l'organisation qui dépose ({r.SubjectCue}) : son registre le dit (règle 1)");

            // « Ressources de l'association », « Revenus de l'entreprise »: an organisation's income is in its accounts, not a
            // person's tax record (D7).
            case Subject.Organisation when id == "tax.income" && texts.Input != "file" && _businessAccounts is not null:
                return (_businessAccounts, $"ressources de l'organisation ({r.SubjectCue}) : ses comptes les disent (D7)");

            // « Adresse de correspondance (si différente du siège) »: another address than the registered one is not in the register
            // (rule 3, as for a person's home).
            case Subject.Organisation when id == "address.postal" && r.Qualifier == Qualifier.OtherAddress
                && r.QualifierCue is { } otherCue && otherCue.StartsWith("libellé", StringComparison.Ordinal)
                && (otherCue.Contains("différent", StringComparison.Ordinal) || otherCue.Contains("correspondance", StringComparison.Ordinal)):
                return (_notHeld, $"autre adresse que celle du registre de l'organisation ({r.QualifierCue}) : non détenue (règle 3)");

            // « Nom de l'entreprise » in « Mes expériences professionnelles », on a person's procedure: no organisation files it,
            // so one the label names with an article, under no heading that gives it to the person (« Vos coordonnées »,
            // « Mon entreprise »), is another party (an employer, a provider), whose register is not the person's (rule 1).
            case Subject.Organisation when texts.Public == ProcedureInfo.Individuals
                && id is "identity.civil" or "address.postal" or "business.identity" or "association.registration"
                && r.SubjectCue is { } orgCue && orgCue.StartsWith("libellé", StringComparison.Ordinal) && !IsFilingOrganisation(orgCue)
                && _reader.NamesOrganisationWithArticle(label) && !_reader.HeadingGivesOrganisationToPerson(texts):
                return (_notHeld, $"organisation nommée sur une démarche de particulier ({orgCue}) : pas celle de la personne, son registre ne la lui rattache pas (règle 1)");

            case Subject.Organisation when id is "identity.civil" or "address.postal":
                var own = IsAssociation(r, label) ? _associationRegistration : _businessIdentity;
                if (id == "address.postal" || _reader.NamesOrganisation(label))
                {
                    return (own, $"{(id == "address.postal" ? "adresse" : "nom")} de l'organisation ({r.SubjectCue}) : son registre la détient (règle 1)");
                }

                if (_reader.ManagerIn(texts) is { } manager)
                {
                    return (own, $"identité d'un dirigeant de l'organisation (« {manager} ») : son registre la liste (règle 1)");
                }

                return (_notHeld, $"personne de contact de l'organisation ({r.SubjectCue}) : donnée professionnelle non détenue (règle 1)");
        }

        // « Diplôme en préparation », « Dans quel cursus êtes-vous inscrite ? », « BTS » ticked under « Quel diplôme prépares-tu ? »:
        // studies under way are the person's enrolment, which their school or university knows (D10); being registered at a
        // school is no registration at France Travail. The level or diploma reached, asked as a datum, is not held (D10).
        // A box ticked states a fact: only its question asks the studies.
        // A national diploma ticked (« BTS ») is a course like any other.
        var diplomaTicked = id == "other.held" && texts.Closed && DiplomaNamedIn(texts) is not null;
        if (texts.Input != "file" && r.Asks != ObjectKind.Key && _education is not null
            && (id is null or "other.not_held" or "education.student" || (id == "employment.status" && !topic.Specific) || diplomaTicked)
            && (r.Subject is Subject.Applicant or Subject.Household || r.SubjectCue?.Contains("établissement", StringComparison.Ordinal) == true)
            && ((texts.Input == "checkbox" ? null : _reader.StudiesIn(label)) ?? (texts.Closed && (topic.Fallback || diplomaTicked) ? _reader.StudiesIn(texts.Legend) : null)) is { } course)
        {
            return course.UnderWay
                ? (_education, id == "education.student" ? null : $"études en cours de la personne (« {course.Words} ») : sa scolarité est connue (D10)")
                : (_notHeld, $"niveau ou diplôme atteint (« {course.Words} ») demandé comme donnée : le récit de la personne, non détenu (D10)");
        }

        // « Certificat d'immatriculation au RCS », « Date d'immatriculation au répertoire des métiers »: a registration in a
        // company register is the company's, not a vehicle's (rule 5: the register issued it).
        if (id == "vehicle.registration" && _businessRegistration is not null && CompanyRegisterAfterRegistration(label) is { } companyRegister)
        {
            return (_businessRegistration, $"immatriculation à un registre des entreprises (« {companyRegister} »), pas d'un véhicule : le registre la détient (règle 5)");
        }

        // A status read from a generic cue (« Êtes-vous inscrit(e) … ») with a public body that is not the status's own
        // (« … à la Caf de votre département ») is an enrolment with that body, which holds it (rule 5); « inscrit à
        // France Travail » names the status's own body and keeps its item.
        if (item is { Holding: Holding.Held } && !topic.Specific && topic.Where == Source.Label && (StatusItems.Contains(id!) || id is "education.student" or "social.health_rights")
            && _reader.PublicBodyIn(label) is { } body && _cues.At(label, body.Start)?.Entry.Value.Item != item && _otherHeld is not null)
        {
            return (_otherHeld, $"statut auprès d'un organisme public que le libellé nomme (« {body.Entry.Phrase} »), pas celui de « {item.Label} » : cet organisme le détient (règle 5)");
        }

        // A closed question about the person's own class, level or course (« Dans quelle classe êtes-vous actuellement ? »):
        // their enrolment, which their school knows (rule 1). The word is what is asked only among the label's first words
        // (« Avez-vous besoin d'aide pour chercher un emploi, une formation… » asks a need).
        if (topic.Fallback && id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household
            && r.Asks == ObjectKind.Datum && r.Qualifier == Qualifier.None && _education is not null && _reader.SchoolingLevelIn(label) is { } level)
        {
            return (_education, $"classe, niveau ou formation de la personne (libellé « {level} ») : sa scolarité est connue (règle 1)");
        }

        // « Avez-vous moins de 26 ans ? », « Jeune de moins de 26 ans », « L'apprenti sera-t-il mineur ? »: an age threshold
        // about a person is read from their birth date, which their civil status holds; a dwelling's or a vehicle's age is not.
        if (topic.Fallback && id is null or "other.not_held" && texts.Input != "file" && r.Subject is Subject.Applicant or Subject.Household
            && _identity is not null && AgeOfPerson(label) is { } age)
        {
            return (_identity, $"âge de la personne (« {age} ») : sa date de naissance le dit (état civil)");
        }

        if (id == "identity.civil" && !topic.Specific && label.Folded.Contains(Age) && label.Folded.FirstOrDefault(ThingsWithAge.Contains) is { } aged)
        {
            return (_notHeld, $"âge d'une chose (« {aged} »), pas d'une personne : non détenu (règle 1)");
        }

        // « PAJE », « Complément familial » ticked under « Percevez-vous l'une des prestations suivantes ? »: the question asks
        // which benefits the person receives, each choice names one (rule 4); « Aucune », « Autre » name none.
        if (topic.Fallback && id is null or "other.not_held" && texts.Input is "checkbox" or "radio" or "select" && r.Subject is Subject.Applicant or Subject.Household
            && _benefits is not null && !IsBareAnswer(label) && !label.Folded.Any(NegationWords.Contains) && BenefitsAskedIn(texts) is { } asked)
        {
            return (_benefits, $"prestation cochée sous une question sur les prestations perçues ({asked}) : l'organisme qui la verse la connaît (règle 4)");
        }

        // « Aide « emploi franc » » ticked under « Pour ce contrat, percevez-vous déjà : »: an aid the person already receives is
        // on the payer's files (rule 6).
        if (topic.Fallback && id is null or "other.not_held" && texts.Input is "checkbox" or "radio" && !IsBareAnswer(label)
            && !label.Folded.Any(NegationWords.Contains) && texts.Legend.Folded.Any(ReceivingWords.Contains)
            && (label.Folded.FirstOrDefault(SchemeNouns.Contains) ?? SchemeNamedIn(label)) is { } aid)
        {
            return (_otherHeld, $"aide cochée sous une question sur ce que la personne perçoit (« {aid} ») : qui la verse la détient (règle 6)");
        }

        // « Salarié (non agricole) » or « Intermittent du spectacle » chosen under « Quelle est votre activité ? » or « Situation
        // professionnelle »: a work status among the choices of a question about one's activity is the employment status (D13).
        // Under « Profession » or « Métier » it stays a trade no one holds.
        if (texts.Closed && id is null or "other.not_held" && (topic.Fallback || topic.Where is not Source.Label) && r.Subject is Subject.Applicant or Subject.Household
            && _employment is not null && label.Folded.FirstOrDefault(WorkStatuses.Contains) is not null && ActivityAskedIn(texts) is { } activity)
        {
            return (_employment, $"situation au regard de l'emploi choisie sous une question sur l'activité ({activity}) : elle est connue (D13)");
        }

        // « Montant mensuel de votre pension d'invalidité »: the amount of a pension is income the tax office knows (rule 7);
        // being entitled to it is the benefit.
        if (id == "social.benefits" && _income is not null && texts.Input is "number" or "text" && FieldReader.HeadIndex(label) is var amountAt and >= 0
            && label.Folded[amountAt] == "montant" && label.Folded.Any(PensionWords.Contains))
        {
            return (_income, "montant d'une pension : un revenu que l'administration fiscale connaît (règle 7)");
        }

        // « Date de début d'activité » under « Reprise d'une activité salariée »: a job's start, not a business's.
        if (id == "business.identity" && topic.Why.Contains("début d'activité", StringComparison.Ordinal)
            && new[] { label, texts.Legend, texts.Section }.Any(t => t.Folded.Any(EmployeeWords.Contains)))
        {
            return (_notHeld, "début d'une activité salariée, pas d'une entreprise : donnée que l'usager indique (règle 1)");
        }

        // « Pension militaire d'invalidité » ticked under « Percevez-vous… »: the entitlement, not its amount (rule 7).
        if (id == "tax.income" && _benefits is not null && texts.Input is "radio" or "checkbox" && label.Folded.Any(PensionWords.Contains)
            && label.Folded.Contains("invalidite"))
        {
            return (_benefits, "pension d'invalidité cochée : le droit à la prestation, pas son montant (règle 7)");
        }

        // « RSA » ticked under « Quelle aide souhaitez-vous demander ? », « Étudiant » under « Profession »: a status an option
        // names, under a question that asks a wish or a datum no one holds, is that wish or that datum (D11, D13).
        if (texts.Input is "radio" or "checkbox" && topic.Where == Source.Label && item is { Holding: Holding.Held } && QuestionAskedOver(texts.Legend) is { } question)
        {
            return (_notHeld, $"choix sous une question qui demande {question} : ce n'est pas le statut détenu qu'il nomme (D11, D13)");
        }

        // « Situation professionnelle » as a select's own question, over « Salarié », « Apprenti », « Chômage »…: a question about
        // one's activity whose choices are work statuses asks the employment status (D13); « Profession » asks a trade.
        if (texts.Closed && id is null or "other.not_held" && r.Subject is Subject.Applicant or Subject.Household && _employment is not null
            && ActivityAsked(label) && (texts.Options.Count > 0 ? texts.Options.Take(30).FirstOrDefault(NamesWorkStatus) : HintedWorkStatus(texts.Hint)) is { } status)
        {
            return (_employment, $"question sur l'activité dont les choix sont des situations au regard de l'emploi (« {status} ») : elle est connue (D13)");
        }

        // « Nom du gérant », « Date de naissance » under « Dirigeant »: a company's manager is listed by its register (rule 1); a
        // legal representative without an organisation named may be a minor's parent, who is household.
        if (id == "identity.civil" && r.Subject == Subject.Applicant && _reader.ManagerIn(texts) is { } managerNamed
            && !managerNamed.StartsWith("représentant", StringComparison.Ordinal) && _businessIdentity is not null)
        {
            var register = IsAssociation(r, label) ? _associationRegistration : _businessIdentity;
            return (register, $"identité d'un dirigeant (« {managerNamed} ») : le registre de son organisation la liste (règle 1)");
        }

        // « Avez-vous fait une demande de logement social ? », « Date de votre dernière demande », « Votre enfant est-il déjà
        // inscrit à la cantine ? »: a step already taken with an administration, or an act it did for the person, is on its
        // files (rule 6, « a declaration already made to it »); a decision being made in this very form is not (« Montant
        // attribué »), and a number that identifies the step is its key (rule 9).
        // A generic word (« le foyer ») says whose step it is, not what is asked.
        if ((id is null or "other.not_held" || !topic.Specific) && texts.Input != "file" && r.Asks != ObjectKind.Key
            && r.Subject != Subject.ThirdParty && (PastFiling(label) ?? PastActAsked(label)) is { } filing)
        {
            return (_otherHeld, $"démarche déjà faite auprès d'une administration (« {filing} ») : elle la détient (règle 6)");
        }

        // « Votre précédente carte professionnelle », « Copie du titre à renouveler »: a card, permit or licence already issued,
        // uploaded to renew or replace it, was issued by the administration that renews it (rules 6 and 8).
        // Its dates are the issuer's too (« Date d'échéance de votre carte professionnelle actuelle »).
        if (id is null or "other.not_held" && (texts.Input == "file" || label.Head == "date") && r.Subject is Subject.Applicant or Subject.Household or Subject.Organisation
            && TitleIssuedBefore(label) is { } title)
        {
            return (_otherHeld, $"titre déjà délivré (« {title} ») : l'administration qui le renouvelle le détient (règles 6 et 8)");
        }

        // « Êtes-vous suivi par la mission locale ? », « Êtes-vous domicilié au CCAS ? »: a public body that follows, houses or
        // takes charge of the person keeps their file (rule 6).
        if (id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household && FollowedByPublicBody(label) is { } followed)
        {
            return (_otherHeld, $"personne suivie par un organisme public (« {followed} ») : il tient son dossier (règle 6)");
        }

        // « Régime social », « De quelle caisse ? », « Êtes-vous adhérent à la Cipav ? »: the scheme or fund the person belongs
        // to is an affiliation it can look up (rule 6).
        if (id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household
            && ((topic.Fallback ? AffiliationAsked(label) : null) ?? _reader.MembershipOf(label)) is { } scheme)
        {
            return (_otherHeld, $"affiliation de la personne (« {scheme} ») : le régime ou la caisse la connaît (règle 6)");
        }

        // « Adresse », « Ville » under « Caisse de retraite » or « Mission locale »: a heading that names a public body and
        // no datum of the person's is about that body; its address or its name is not the person's (rule 1).
        if (r.SubjectCue is null
            && (id is "address.postal" or "identity.civil" && topic.Where == Source.Label && !topic.Specific
                || topic.Where is Source.Legend && _cues.First(label) is { Entry.Value: { Kind: CueKind.Generic, Item.Id: "address.postal" or "identity.civil" } })
            && BodyOfHeading(texts) is { } headingBody)
        {
            return (_notHeld, $"coordonnées de l'organisme que l'en-tête nomme ({headingBody}), pas celles de la personne (règle 1)");
        }

        // « Nom » under « Demande de création d'un lieu-dit », « Renommage de la voie »: the name of the place the request
        // acts on, not a person's (rule 3).
        if (id == "identity.civil" && topic.Where == Source.Label && !topic.Specific && r.SubjectCue is null && FieldReader.PlaceActedOnIn(texts) is { } place)
        {
            return (_notHeld, $"nom du lieu sur lequel porte la demande ({place}), pas celui d'une personne (règle 3)");
        }

        // « Année d'obtention », « Série », « Ville » under « Mon baccalauréat »: the details of a French public diploma are part of
        // the record its issuer keeps, asked as data or uploaded (D43); the country it was taken in, or a foreign equivalence, is
        // no French record.
        if ((id == "other.held" || id == "address.postal" && !topic.Specific) && texts.Input != "file" && r.Asks == ObjectKind.Datum && DiplomaNamedIn(texts) is { } diploma)
        {
            // « Série du bac ou équivalence » offers the equivalence beside the French diploma; « Nom de l'équivalence » asks it.
            if (label.Folded.Where((w, i) => ForeignDiplomaWords.Contains(w) && (i == 0 || label.Folded[i - 1] != "ou")).FirstOrDefault() is { } foreign)
            {
                return (_notHeld, $"pays ou équivalence étrangère d'un diplôme (« {foreign} ») : aucun dossier français, non détenu (D43)");
            }

            return (_otherHeld, id == "address.postal"
                ? $"lieu où le diplôme a été obtenu (« {diploma} ») : une donnée du diplôme que son émetteur tient, pas le domicile (D43)"
                : $"donnée d'un diplôme public (« {diploma} ») : son émetteur la tient (D43)");
        }

        // « Secteur de stationnement » with the hint « Déterminé par votre adresse »: a choice that only its hint ties to the
        // address is a fact derived from it (D25), not the address.
        if (id == "address.postal" && topic.Where == Source.Hint && texts.Closed && texts.Input != "file")
        {
            return (_notHeld, $"choix que seule l'aide rattache à l'adresse ({topic.Why}) : un fait qui en découle, pas l'adresse (D25)");
        }

        // A date asked under « Votre adresse » is a date about the home (since when, until when), never the address (rule 3).
        if (id == "address.postal" && texts.Input == "date")
        {
            return (_notHeld, $"date sur le logement ({topic.Why}), pas l'adresse : non détenue (règle 3)");
        }

        // « Est-ce que le paiement des loyers est à jour ? », « Date du dernier paiement de votre loyer »: a fact about a proof of
        // address, typed or chosen, is not the proof; the home it proves is asked elsewhere (rule 3).
        if (id == "address.proof" && texts.Input is not (null or "" or "file"))
        {
            return (_notHeld, $"fait sur une pièce qui prouve le domicile ({topic.Why}), pas la pièce : non détenu (règle 3)");
        }

        // « Montant » under « Facture d'électricité »: an amount or a date written on a bill or a bank statement is the
        // user's to read off, not the proof of address or the account the heading names (rule 5: a private issuer).
        if (id is "address.proof" or "bank.rib" && topic.Where is not Source.Label && texts.Input != "file"
            && (texts.Input is "date" or "number" || label.Head is { } quantity && QuantityWords.Contains(quantity)))
        {
            return (_notHeld, $"montant ou date inscrit sur une pièce d'une partie privée ({topic.Why}) : aucune administration ne le détient (règle 5)");
        }

        // « Date d'expiration » on a page « Carte nationale d'identité », « Limite de validité » under « Récépissé »: a date of
        // the document the heading names is part of that document, kept by whoever issued it (rules 5 and 6).
        if (topic.Fallback && id is null or "other.not_held" && texts.Input != "file" && r.Subject is Subject.Applicant or Subject.Household
            && (texts.Input == "date" || label.Head is { } head && (QuantityWords.Contains(head) || ValidityWords.Contains(head)))
            && DocumentOfHeading(texts) is { } headed)
        {
            return (headed.Item, $"date ou durée du document que l'en-tête nomme ({headed.Why}) : son émetteur la connaît (règles 5 et 6)");
        }

        // « Fichier » under « Nouvel arrêté », « Ajouter un document » on the page « Récépissé de déclaration »: an upload whose
        // label names nothing is the document its heading names; a kind a public body issues is held by it (rule 5).
        if (topic.Fallback && id is null or "other.not_held" && texts.Input == "file" && r.Subject is Subject.Applicant or Subject.Household
            && DocumentOfHeading(texts) is { } headedUpload)
        {
            return (headedUpload.Item, $"pièce que l'en-tête nomme ({headedUpload.Why}) : son émetteur la détient (règle 5)");
        }

        // « Au cours de votre carrière, avez-vous été chef d'exploitation ? », asked by a pension fund: the career is on the
        // pension funds' files, which share it (rule 6). Only where no cue decided.
        if (topic.Fallback && id is null or "other.not_held" && r.Subject is Subject.Applicant or Subject.Household
            && _reader.CareerAskedByItsKeeper(texts) is { } career)
        {
            return (_otherHeld, $"carrière de la personne, demandée par une caisse de retraite ({career}) : les caisses la tiennent (règle 6)");
        }

        // « Bénéficiez-vous de l'exonération … ? », « Votre établissement bénéficie-t-il du dispositif ZFU ? »: a scheme, an aid
        // or an exemption someone benefits from was granted by the body that runs it, which holds it (rules 4 and 6). Only where
        // no cue decided: a wish (« Souhaitez-vous que votre enfant bénéficie du dispositif… ») or a catalogue phrase
        // (« régime alimentaire ») keeps its decision; a negation (« ne bénéficie d'aucune aide ») and a private party's
        // advantage (« un crédit bancaire ») are no grant.
        if (topic.Fallback && id is null or "other.not_held" && texts.Closed && texts.Input != "file" && SchemeBenefited(label) is { } benefited
            && _reader.PrivatePartyIn(label) is null)
        {
            return (_otherHeld, $"dispositif ou aide dont la personne bénéficie déjà (« {benefited} ») : l'organisme qui l'a accordé le détient (règles 4 et 6)");
        }

        // « Avez-vous déjà bénéficié d'un prêt bancaire ? »: a past aid read from a generic cue is held by the body that gave
        // it; one a private party gave is on no administration's files (rules 5 and 6).
        if (id == "other.held" && !topic.Specific && topic.Where == Source.Label && _reader.PrivatePartyIn(label) is { } party)
        {
            return (_notHeld, $"aide ou démarche auprès d'une partie privée (libellé « {party} ») : aucune administration ne la détient (règles 5 et 6)");
        }

        // « Surface accordée » with « telle qu'indiquée sur l'arrêté municipal », « Valeur locative » with « elle figure sur votre
        // avis de taxe foncière »: a figure the hint says is written on a public body's paper is on that body's files (rules 5, 6).
        if (id is null or "other.not_held" && texts.Input != "file" && r.Asks != ObjectKind.Key && r.Subject is Subject.Applicant or Subject.Household
            && WrittenOnPublicPaper(texts.Hint) is { } paper)
        {
            return (_otherHeld, $"donnée que l'aide dit inscrite sur une pièce publique (« {paper} ») : l'organisme qui l'a établie la détient (règles 5 et 6)");
        }

        // « Avez-vous participé à un séjour du SNU ? », « Avez-vous obtenu un prêt à taux zéro ? »: a public scheme the person took
        // part in or received is on the files of whoever runs it (rule 6); applying for it, or being eligible, is not.
        if (id is null or "other.not_held" && texts.Input != "file" && r.Asks != ObjectKind.Key && SchemeTakenPart(label) is { } takenPart)
        {
            return (_otherHeld, $"dispositif public déjà suivi ou reçu (« {takenPart} ») : qui le gère le détient (règle 6)");
        }

        // « Date de la délibération », « Montant de l'amende forfaitaire »: the date or amount of a public body's act is on its
        // files (rule 6).
        if (id is null or "other.not_held" && texts.Input != "file" && r.Asks != ObjectKind.Key && label.Head is "date" or "montant"
            && _reader.PublicDocumentKindIn(label) is { } publicAct)
        {
            return (_otherHeld, $"date d'un acte d'un organisme public (« {publicAct} ») : il le détient (règle 6)");
        }

        // « Copie du courrier reçu de nos services », « Date de notre décision », « Convocation envoyée par nos services »: a paper
        // or an act the administration that asks, speaking as « nous », made itself (rule 6).
        // Not on a structure's procedure, where « nous » is the association or the company that files.
        if (id is null or "other.not_held" && r.Asks != ObjectKind.Key && !ProcedureInfo.IsStructures(texts.Public) && OwnAct(label) is { } ownAct)
        {
            return (_otherHeld, $"acte de l'administration qui demande (« {ownAct} ») : elle le détient (règle 6)");
        }

        // What a public body fixed, granted or paid (« Date du rendez-vous fixé par la mairie », « Montant de l'aide versée
        // par la CAF »): that body holds it (rule 6).
        // A rate's hint may say who fixed it (« Tarif par nuitée » : « Fixé par délibération du conseil communautaire »).
        if (id is null or "other.not_held" && texts.Input != "file"
            && (ActOfPublicBody(label) ?? (label.Folded.Any(RateWords.Contains) ? ActOfPublicBody(texts.Hint) : null)) is { } act)
        {
            return (_otherHeld, $"{act} : cet organisme le détient (règle 6)");
        }

        // « Nom de l'offre de stage », « Nom du projet »: the name of a thing, not a person's, when no one is named (rule 1).
        // A thing the catalogue knows (« Nom de la rue ») is that item.
        // « Nom d'usage du lieu »: a name's kind (« d'usage », « usuel ») does not make the thing a person.
        // A person named only by the headings (« Commencez par vous identifier ») does not make « Nom du service » theirs.
        if (id == "identity.civil" && (r.SubjectCue is null || !r.SubjectCue.StartsWith("libellé", StringComparison.Ordinal))
            && (!topic.Specific || topic.Where == Source.Label) && ThingNamed(label) is { } thing)
        {
            return _cues.At(label, thing) is { Entry.Value.Item: var named } && named != item
                ? (named, $"nom d'une chose que le catalogue connaît (« {label.Plain[thing]} ») : c'est « {named.Label} » (règle 1)")
                : (_notHeld, $"nom d'une chose (« {label.Plain[thing]} »), pas l'identité d'une personne : non détenu (règle 1)");
        }

        // A household member's own address, asked in their section, is not the applicant's home (rule 3).
        if (r.Subject == Subject.Household && id == "address.postal")
        {
            return (_notHeld, $"adresse d'un membre du foyer ({r.SubjectCue}), pas le domicile du demandeur : non détenue (règle 3)");
        }

        // Another place, a place abroad (« étranger » in any gender and number: « Commune étrangère ») or a fact about the
        // home, for an address typed; for a proof of address, only another place the label names.
        if ((r.Qualifier is Qualifier.OtherAddress or Qualifier.AddressFact && id == "address.postal")
            || (r.Qualifier == Qualifier.Foreign && id == "address.postal" && r.QualifierCue is { } abroad && abroad.StartsWith("libellé", StringComparison.Ordinal)
                && (abroad.Contains("étrang", StringComparison.Ordinal) || abroad.Contains("hors", StringComparison.Ordinal) || abroad.Contains("origine", StringComparison.Ordinal)))
            || (r.Qualifier == Qualifier.AddressFact && (id == "family.composition" || topic.Why.StartsWith("attribut name", StringComparison.Ordinal)))
            || (r.Qualifier == Qualifier.OtherAddress && id == "address.proof" && r.QualifierCue?.StartsWith("libellé", StringComparison.Ordinal) == true))
        {
            return (_notHeld, r.Qualifier is Qualifier.OtherAddress or Qualifier.Foreign
                ? $"autre adresse que le domicile actuel du demandeur ({r.QualifierCue}) : non détenue (règle 3)"
                : $"fait ou date sur le logement, pas l'adresse ({r.QualifierCue}) : non détenu (règle 3)");
        }

        // Papers only the State issues name their holder, not their issuer: « la pièce d'identité de l'hébergeant » is the
        // host's, someone else's papers (rule 1). Another held document names its holder right after it (« avis d'imposition
        // de l'hébergeant », « justificatif de domicile du garant »), its issuer anywhere (« facture d'assurance-logement »);
        // payslips and accounts, which private parties issue, are left to the issuer rules.
        var holder = r.Subject != Subject.Applicant ? null
            : id is "identity.document" or "civil.record" ? _reader.ThirdPartyNamedIn(label)
            : item is { Holding: Holding.Held } && !PrivatelyIssued.Contains(id!) && HolderAfter(label, item) is { } after ? $"libellé « {after} »"
            : null;
        if (holder is not null)
        {
            return (_notHeld, $"pièce ou acte d'un tiers ({holder}) : aucune administration ne la détient pour le demandeur (règle 1)");
        }

        if (r.Asks == ObjectKind.Document)
        {
            // A document about a held datum (« Pièce justificative d'identité », « Pièce justificative de domicile »): the
            // label's own document word makes it the document that proves the datum, not the datum typed (rule 5).
            if (!topic.Specific && texts.Input == "file" && DocumentOf(id, label) is { } proof)
            {
                return (proof, $"pièce jointe qui prouve la donnée ({topic.Why}) : c'est le document « {proof.Label} » (règle 5)");
            }

            if (r.Qualifier == Qualifier.Foreign && item is { Holding: Holding.Held })
            {
                return (_notHeld, $"pièce délivrée à l'étranger ({r.QualifierCue}) : un organisme étranger ne détient rien ici (règle 5)");
            }

            // « Formulaire de requête en exonération en cas d'amende », « Le cerfa n° 15481*01 complété »: a form is what the
            // user fills in and signs, whatever it is about (« requête contre la décision de la préfecture »), so nobody holds
            // it before they do (rule 5: its issuer is the user), unless a public body issued it (« formulaire S1 délivré par
            // la CPAM »). « Téléversez le formulaire » alone leaves its hint to say which document.
            if (texts.Input == "file" && (id != "other.not_held" || r.Issuer == Issuer.Public) && UserForm(label) is { } form && !IssuedByPublicBody(label, form))
            {
                return (_notHeld, $"formulaire que l'usager remplit (« {label.Plain[form]} ») : il en est l'auteur, aucune administration ne le détient (règle 5)");
            }

            // « Le jugement de divorce », « décision judiciaire d'adoption simple », « Copie du jugement fixant la pension
            // alimentaire »: a court's decision is held by the justice, whatever it decides about; the family situation, the
            // company or the income it settles is not what is asked (rule 5). A copy of it is still it.
            if (r.Issuer == Issuer.Public && id is not (null or "other.held" or "other.not_held") && item is { Holding: Holding.Held }
                && CourtDecision(label) is { } court && (_reader.FirstDocumentAt(label) is not { } first || first >= court.At || CopyWords.Contains(label.Folded[first])))
            {
                return (_otherHeld, $"décision de justice (« {court.Words} ») : la justice la détient, quel que soit son objet (règle 5)");
            }

            // The item is named by a specific cue, or by the body that issues it (« Attestation d'inscription Pôle emploi »).
            var named = item is { Holding: Holding.Held or Holding.Key } && id != "other.held"
                && (topic.Specific || (_reader.PublicBodyIn(label) is { } issuer && _cues.At(label, issuer.Start)?.Entry.Value.Item == item));
            if (!named && r.Issuer == Issuer.Public)
            {
                return (_otherHeld, $"pièce délivrée par un organisme public ({r.IssuerCue}) : il la détient (règle 5)");
            }

            // « Avis de cotisation foncière des entreprises »: a word inside the document's own name is not who issued it.
            if (!named && r.Issuer == Issuer.Private && id != "other.not_held" && !(topic.Specific && InsideCue(topic.Why, r.IssuerCue)))
            {
                return (_notHeld, $"pièce délivrée par une partie privée ({r.IssuerCue}) : non détenue (règle 5)");
            }
        }

        // « Un document portant le numéro SIRET », « Fiche de situation INSEE (indiquant le numéro SIRET) »: a document
        // identified by a key is the held document of that key's record, not the key (rule 9).
        if (texts.Input == "file" && item is { Holding: Holding.Key } && _documentOfKey.TryGetValue(item.Id, out var keyed)
            && _reader.NamesDocument(label) && label.Head is { } headWord && !FieldReader.IdentifierWords.Contains(headWord))
        {
            return (keyed, $"pièce identifiée par une clé ({topic.Why}) : c'est le document « {keyed.Label} », pas la clé (règle 9)");
        }

        // « Référence de l'avis de taxe foncière », « Numéro de l'avis de contravention »: the key of another notice than the
        // income-tax one is the key of that notice's record (rule 9).
        if (id == "tax.identifiers" && OtherNotice(label) is { } notice && _otherKey is not null)
        {
            return (_otherKey, $"clé d'un autre avis que l'avis d'impôt sur le revenu (« {notice} ») : clé du dossier qui l'a émis (règle 9)");
        }

        // « Numéro d'immatriculation étranger »: a foreign body's record is no key here (D2).
        if (r.Asks == ObjectKind.Key && r.Qualifier == Qualifier.Foreign && r.QualifierCue?.StartsWith("libellé", StringComparison.Ordinal) == true
            && item is not { Holding: Holding.Key } or { Id: "other.key" })
        {
            return (_notHeld, $"numéro d'un dossier étranger ({r.QualifierCue}) : aucune administration d'ici ne le tient (D2)");
        }

        // A private party's record (an insurance contract, a supplier's account) is no administration's. A datum the hint only
        // mentions (« délivré par le service des impôts de votre domicile ») is not what a number asks.
        if (r.Asks == ObjectKind.Key && item is not { Holding: Holding.Key }
            && (id is not ("address.postal" or "address.proof") || topic.Where == Source.Hint) && _reader.NamesRecord(label)
            && (r.Issuer != Issuer.Private || _reader.PublicBodyIn(label) is not null))
        {
            return (_otherKey, $"le libellé demande l'identifiant d'un dossier qu'une administration tient ({r.ObjectCue}) : clé (règle 9)");
        }

        // « Numéro d'immatriculation » of an insured person (« de l'assuré », « inscrit sur votre carte Vitale »): the health
        // insurance registers people by their NIR (rule 9), unlike the vehicle registration the word also names.
        if (r.Asks == ObjectKind.Key && id is null or "other.not_held" or "other.key" && label.Folded.Contains("immatriculation")
            && !new[] { label, texts.Hint, texts.Legend, texts.Section }.Any(t => t.Folded.Any(w => w is "vehicule" or "plaque")) && InsuredNamed(texts) is { } insured
            && Catalogue.Find("social.nir") is { } nir)
        {
            return (nir, $"numéro d'immatriculation d'un assuré social ({insured}) : c'est le NIR (règle 9)");
        }

        // A bare « Numéro » under « Votre CAF » or « Sécurité sociale »: the person's number in the files of the body the heading
        // names, its key (rule 9); the catalogue's own key where it has one (allocataire, NIR, France Travail, tax number).
        if (r.Asks == ObjectKind.Key && id is null or "other.not_held" && _otherKey is not null && IsBareIdentifier(label) && BodyOfHeading(texts) is { } headingKeeper)
        {
            return (KeyOfBody(headingKeeper) ?? _otherKey, $"numéro tenu dans les fichiers de l'organisme que l'en-tête nomme ({headingKeeper}) : clé (règle 9)");
        }

        // « Numéro de bénéficiaire MSA », « Numéro étranger », « Identifiant attribué par la préfecture »: a number the person
        // holds in a public body's files, by the body or by their standing in them, is a key to that file (rule 9).
        if (r.Asks == ObjectKind.Key && id is null or "other.not_held" && _otherKey is not null
            && (_reader.PublicBodyIn(label) is { } keeper ? keeper.Entry.Phrase : label.Folded.FirstOrDefault(FileStandings.Contains)) is { } standing)
        {
            return (_otherKey, $"numéro tenu dans les fichiers d'un organisme public (« {standing} ») : clé (règle 9)");
        }

        return (item, null);
    }

    /// <summary>True when the label is a public body's name and nothing else (« CPAM », « La MSA »).</summary>
    private bool NamesOnlyAPublicBody(TokenText label) =>
        _reader.PublicBodyIn(label) is { } body && label.Folded.Skip(body.End).All(w => w == "|" || PhraseIndex<int>.Skippable.Contains(w))
        && label.Folded.Take(body.Start).All(w => w == "|" || PhraseIndex<int>.Skippable.Contains(w));

    /// <summary>Verbs that ask what one receives: « percevez-vous », « touchez-vous », « bénéficiez-vous ».</summary>
    private static readonly HashSet<string> ReceivingWords = Folded("percevez", "perçois", "perçoit", "touchez", "touche", "recevez", "bénéficiez", "bénéficie");

    /// <summary>Nouns that name benefits in such a question.</summary>
    private static readonly HashSet<string> BenefitNouns = Folded("prestation", "prestations", "allocation", "allocations", "aide", "aides", "minima");

    /// <summary>Those that speak of money received (one benefits from a service too).</summary>
    private static readonly HashSet<string> PaidWords = Folded("percevez", "perçois", "perçoit", "touchez", "touche");

    /// <summary>The question that asks which benefits the person receives, as read: the group or section heading, or the
    /// label itself when it asks of money received (« Percevez-vous l'une des prestations suivantes ? » over a list); or null.</summary>
    private static string? BenefitsAskedIn(FieldReader.Texts texts)
    {
        foreach (var (text, where, verbs) in new[] { (texts.Legend, "groupe", ReceivingWords), (texts.Section, "section", ReceivingWords), (texts.Label, "libellé", PaidWords) })
        {
            if (text.Folded.FirstOrDefault(verbs.Contains) is not null && text.Folded.FirstOrDefault(BenefitNouns.Contains) is { } noun)
            {
                return $"{where} « {noun} »";
            }
        }

        return null;
    }

    /// <summary>Work statuses a person can tick: the employment status's values beside those the catalogue names.</summary>
    private static readonly HashSet<string> WorkStatuses = Folded("salarié", "salariée", "apprenti", "apprentie", "indépendant", "indépendante",
        "intermittent", "intermittente", "fonctionnaire", "chômeur", "chômeuse", "inactif", "inactive");

    /// <summary>Words of a heading that asks what one does for a living (not which trade: « profession », « métier »).</summary>
    private static readonly HashSet<string> ActivityWords = Folded("activité", "activités");

    /// <summary>The group or section heading that asks the person's activity or work situation, as read; or null.</summary>
    private static string? ActivityAskedIn(FieldReader.Texts texts)
    {
        foreach (var (heading, where) in new[] { (texts.Legend, "groupe"), (texts.Section, "section") })
        {
            if (ActivityWordAt(heading) is { } i)
            {
                return $"{where} « {heading.Plain[i]} »";
            }
        }

        return null;
    }

    /// <summary>What a group's question asks when it is no held status: a wish (« souhaitez-vous demander ») or a datum no one
    /// holds (« Profession »), in words; or null.</summary>
    private string? QuestionAskedOver(TokenText legend)
    {
        foreach (var found in _cues.FindAll(legend))
        {
            var cue = found.Entry.Value;
            if (cue.Kind == CueKind.Decisive)
            {
                return $"un souhait (« {found.Entry.Phrase} »)";
            }

            // « Situation professionnelle » asks a status (D13), « Profession » a trade.
            if (cue.Kind == CueKind.Specific && cue.Item == _notHeld && found.Start == FieldReader.HeadIndex(legend) && !ActivityAsked(legend))
            {
                return $"une donnée que personne ne détient (« {found.Entry.Phrase} »)";
            }
        }

        return null;
    }

    private static readonly HashSet<string> PensionWords = Folded("pension", "pensions", "rente", "rentes");

    /// <summary>True when a choice names a work status: a status word or the employment status's own cue (« En recherche d'emploi »).</summary>
    private bool NamesWorkStatus(string option)
    {
        var text = TokenText.Of(option);
        return Enumerable.Range(0, text.Count).Any(i => WorkStatusAt(text, i));
    }

    /// <summary>True when the word at <paramref name="i"/> is a work status or starts the employment status's own cue.</summary>
    private bool WorkStatusAt(TokenText text, int i) => WorkStatuses.Contains(text.Folded[i]) || _cues.At(text, i) is { Entry.Value.Item: var item } && item == _employment;

    /// <summary>A hint that lists the choices (« Salarié(e) ; demandeur d'emploi ; retraité(e) »): the first work status it names,
    /// when it names two; or null.</summary>
    private string? HintedWorkStatus(TokenText hint)
    {
        var named = 0;
        string? first = null;
        for (var i = 0; i < hint.Count; i++)
        {
            if (WorkStatusAt(hint, i))
            {
                named++;
                first ??= hint.Plain[i];
            }
        }

        return named >= 2 ? first : null;
    }

    /// <summary>True when a text asks one's activity or work situation (« Votre activité », « Situation professionnelle »).</summary>
    private static bool ActivityAsked(TokenText text) => ActivityWordAt(text) is not null;

    private static int? ActivityWordAt(TokenText text)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (ActivityWords.Contains(text.Folded[i])
                || (text.Folded[i] is "situation" or "statut" && i + 1 < text.Count && text.Folded[i + 1] is "professionnelle" or "professionnel"))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>« âge », « ans » as folded.</summary>
    private static readonly string Age = TextFolding.Tokens("âge")[0];
    private static readonly string Years = TextFolding.Tokens("ans")[0];

    /// <summary>A person's state of age; « majeur protégé » is a protection measure, not an age.</summary>
    private static readonly HashSet<string> AgeStates = Folded("mineur", "mineure", "majeur", "majeure");

    /// <summary>Things whose age a form may ask: their age is no one's birth date.</summary>
    private static readonly HashSet<string> ThingsWithAge = Folded("logement", "véhicule", "bâtiment", "construction", "immeuble", "maison",
        "appartement", "équipement", "installation", "matériel", "ouvrage", "chaudière");

    /// <summary>An age threshold the label puts on a person (« moins de 26 ans », « mineur »), as written; or null.</summary>
    private static string? AgeOfPerson(TokenText label)
    {
        if (label.Folded.Any(ThingsWithAge.Contains))
        {
            return null;
        }

        for (var i = 0; i < label.Count; i++)
        {
            var word = label.Folded[i];
            if (AgeStates.Contains(word) && !(i + 1 < label.Count && label.Folded[i + 1].StartsWith("protege", StringComparison.Ordinal)))
            {
                return label.Plain[i];
            }

            if (word == Years && i > 0 && label.Folded[i - 1].All(char.IsAsciiDigit))
            {
                return $"{label.Plain[i - 1]} {label.Plain[i]}";
            }
        }

        return null;
    }

    /// <summary>Held items whose documents a private party may issue (payslips, accounts, the catch-all): a party named after
    /// them may be the issuer.</summary>
    private static readonly HashSet<string> PrivatelyIssued = ["tax.income", "business.accounts", "other.held"];

    /// <summary>The third party right after a phrase of <paramref name="item"/> in the label (« avis d'imposition de
    /// l'hébergeant »), or null.</summary>
    private string? HolderAfter(TokenText label, DataItem item)
    {
        foreach (var found in _cues.FindAll(label))
        {
            if (found.Entry.Value.Item != item)
            {
                continue;
            }

            var k = found.End;
            while (k < label.Count && label.Folded[k] is "de" or "du" or "des" or "d" or "l" or "la" or "le" or "les" or "votre" or "son" or "sa")
            {
                k++;
            }

            if (k > found.End && k < label.Count && _reader.ThirdPartyAt(label, k) is { } holder)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>Participles of a public body's care for a person: followed, accompanied, registered at, taken charge of.</summary>
    private static readonly HashSet<string> CareWords = Folded("suivi", "suivie", "accompagné", "accompagnée", "domicilié", "domiciliée", "pris", "prise");

    /// <summary>A public body named within a few words after a participle of its care (« suivi par la mission locale »), as written; or null.</summary>
    private string? FollowedByPublicBody(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (CareWords.Contains(label.Folded[i]) && _reader.PublicBodyAfter(label, i) is { } body && body - i <= 5)
            {
                return $"{label.Plain[i]} … {label.Plain[body]}";
            }
        }

        return null;
    }

    /// <summary>A verb of consent in the label, conjugated (« consentez », « autorisez », « acceptons ») or first (« Autorise
    /// l'administrateur à… »; first, since « autorisé » folds alike and is a participle elsewhere); or null.</summary>
    private static string? ConsentIn(TokenText label)
    {
        if (label.Count > 0 && ConsentFirst.Contains(label.Folded[0]))
        {
            return label.Plain[0];
        }

        for (var i = 0; i < label.Count; i++)
        {
            if (ConsentForms.Contains(label.Folded[i]))
            {
                return label.Plain[i];
            }
        }

        return null;
    }

    private static readonly HashSet<string> ConsentFirst = Folded("autorise", "accepte", "consens");

    private static readonly HashSet<string> ConsentForms = Folded("consentez", "consentons", "consent", "autorisez", "autorisons", "acceptez", "acceptons");

    /// <summary>Status nouns that name a person (« l'étudiant », « le demandeur d'emploi », « l'allocataire »).</summary>
    internal static readonly HashSet<string> StatusPersons = Folded("étudiant", "étudiante", "élève", "lycéen", "lycéenne", "apprenti", "apprentie",
        "demandeur", "demandeuse", "allocataire", "bénéficiaire", "boursier", "boursière", "retraité", "retraitée");

    /// <summary>True when a cue of a status is a person's name for it, after an article (« de l'étudiant »), not the status.</summary>
    private static bool NamesPersonByStatus(Hit h, TokenText label) =>
        h.Start > 0 && h.Start < label.Count && StatusPersons.Contains(label.Folded[h.Start]) && label.Folded[h.Start - 1] is "l" or "le" or "la" or "du" or "de"
        && (StatusItems.Contains(h.Item.Id) || h.Item.Id == "education.student");

    /// <summary>Words of a job held as an employee.</summary>
    private static readonly HashSet<string> EmployeeWords = Folded("salarié", "salariée", "salariés", "emploi", "contrat", "employeur");

    /// <summary>What happens to a title that is lost or stolen (« perdu », « volée », « égaré »).</summary>
    private static readonly HashSet<string> LossWords = Folded("perdu", "perdue", "volé", "volée", "égaré", "égarée", "détruit", "détruite");

    /// <summary>Nouns for a place.</summary>
    private static readonly HashSet<string> PlaceNouns = Folded("commune", "ville", "lieu", "pays", "département", "endroit", "localité", "adresse");

    /// <summary>The position of « où » right after a place at the label's head (« Commune où … »); else -1.</summary>
    private static int PlaceClauseAt(TokenText label)
    {
        var head = FieldReader.HeadIndex(label);
        return head >= 0 && head + 1 < label.Count && PlaceNouns.Contains(label.Folded[head]) && label.Plain[head + 1] == "où" ? head + 1 : -1;
    }

    /// <summary>After « Je certifie / atteste / déclare / reconnais être » at the label's head, the position of what one says
    /// one is; else -1.</summary>
    private static int StatedAt(TokenText label)
    {
        var head = label.Folded.FindIndex(w => w != "|");
        return head >= 0 && head + 2 < label.Count && label.Folded[head] == "je" && label.Folded[head + 1] is "certifie" or "atteste" or "declare" or "reconnai"
            && label.Folded[head + 2] == "etre" ? head + 3 : -1;
    }

    /// <summary>First words of a held diploma's phrase in the catalogue (« baccalauréat », « brevet des collèges », « diplôme d'État »,
    /// the national diplomas by their initials).</summary>
    private static readonly HashSet<string> DiplomaWords = Folded("baccalauréat", "bac", "brevet", "diplôme", "cap", "bep", "bts", "dut", "dnb", "bprea",
        "bpjeps", "dejeps", "desjeps", "bafa", "bafd");

    /// <summary>What makes a diploma's detail no French record: where it was taken, or a foreign equivalence (D43).</summary>
    private static readonly HashSet<string> ForeignDiplomaWords = Folded("pays", "équivalence", "équivalent", "étranger", "étrangère", "étrangers", "étrangères");

    /// <summary>The held diploma the label or a heading names, as its catalogue phrase; or null.</summary>
    private string? DiplomaNamedIn(FieldReader.Texts texts)
    {
        foreach (var text in new[] { texts.Label, texts.Legend, texts.Section })
        {
            foreach (var found in _cues.FindAll(text))
            {
                if (found.Entry.Value.Item == _otherHeld && DiplomaWords.Contains(found.Entry.Tokens[0]))
                {
                    return found.Entry.Phrase;
                }
            }
        }

        return null;
    }

    /// <summary>Public bodies whose number the catalogue names as its own key item: those whose login asks a postal code,
    /// and the health insurance and the tax office.</summary>
    private static readonly (string[] Body, string KeyItem)[] BodyKeys =
    [
        .. PostalCodeKeys,
        (["securite", "sociale"], "social.nir"),
        (["assurance", "maladie"], "social.nir"),
        (["cpam"], "social.nir"),
        (["impot"], "tax.identifiers"),
        (["finance", "publique"], "tax.identifiers"),
    ];

    /// <summary>A label that is only an identifier's word (« Numéro », « Votre identifiant »).</summary>
    private static bool IsBareIdentifier(TokenText label) =>
        label.Head is { } head && FieldReader.IdentifierWords.Contains(head)
        && label.Folded.All(w => w == "|" || w == head || PhraseIndex<int>.Skippable.Contains(w) || FieldReader.Possessives.Contains(w));

    /// <summary>The key item of the body a heading names (« Votre CAF » → the allocataire number), or null.</summary>
    private DataItem? KeyOfBody(string heading)
    {
        var words = TextFolding.Tokens(heading);
        foreach (var (body, keyItem) in BodyKeys)
        {
            if (IndexOf(words, body) >= 0)
            {
                return Catalogue.Find(keyItem);
            }
        }

        return null;
    }

    /// <summary>The person's standing in a public body's files, that a number after it identifies.</summary>
    private static readonly HashSet<string> FileStandings = Folded("bénéficiaire", "adhérent", "affilié", "assuré", "cotisant", "ressortissant", "étranger", "usager");

    /// <summary>Papers the user fills in: a form, a CERFA, a request.</summary>
    private static readonly HashSet<string> FormWords = Folded("formulaire", "formulaires", "cerfa", "requete");

    /// <summary>
    /// Whether the label says a public body issued its form: the body's name right after the form's own (« formulaire S1 de
    /// la CPAM »: only a code and small words between), or an issuing participle and « par » shortly before the body
    /// (« formulaire A1 délivré par l'organisme de sécurité sociale ») with no other document named before it. A body named
    /// about something else (« requête contre l'arrêté délivré par la préfecture ») is not the form's issuer.
    /// </summary>
    private bool IssuedByPublicBody(TokenText label, int form)
    {
        if (_reader.PublicBodyAfter(label, form) is not { } body)
        {
            return false;
        }

        var between = Enumerable.Range(form + 1, body - form - 1).Where(i => !PhraseIndex<int>.Skippable.Contains(label.Folded[i])).ToList();
        if (between.All(i => label.Folded[i].Any(char.IsDigit) || label.Folded[i].Length <= 2))
        {
            return true;
        }

        for (var p = body - 1; p > form + 1 && p >= body - 5; p--)
        {
            if (label.Folded[p] == "par" && IssuingWords.Contains(label.Folded[p - 1]))
            {
                return !Enumerable.Range(form + 1, p - form - 2).Any(i => _reader.DocumentAt(label, i));
            }
        }

        return false;
    }

    private static readonly HashSet<string> IssuingWords = Folded("delivre", "delivree", "etabli", "etablie", "emis", "emise", "vise", "visee");

    /// <summary>
    /// Where the form a label asks for is named, when it is the first document the label names and the label says which in
    /// the same sentence (not a bare « le formulaire », nor « Formulaire (PDF) »): its position, or null.
    /// </summary>
    private int? UserForm(TokenText label)
    {
        var at = label.Folded.FindIndex(FormWords.Contains);
        if (at < 0 || _reader.FirstDocumentAt(label) is { } document && document < at)
        {
            return null;
        }

        for (var k = at + 1; k < label.Count && label.Folded[k] != "|"; k++)
        {
            if (!PhraseIndex<int>.Skippable.Contains(label.Folded[k]) && !FileFormats.Contains(label.Folded[k]))
            {
                return at;
            }
        }

        return null;
    }

    private static readonly HashSet<string> FileFormats = Folded("pdf", "jpg", "jpeg", "png", "doc", "docx", "odt", "mo", "ko", "format", "taille");

    private static readonly HashSet<string> ContentWords = Folded("comportant", "mentionnant", "indiquant", "précisant", "portant", "faisant", "figurant", "contenant");

    private static readonly HashSet<string> Parcels = Folded("parcelle", "parcelles");

    private static readonly string Birth = TextFolding.Tokens("naissance")[0];

    /// <summary>Where a label starts to say what its document mentions (« comportant », « mentionnant », « indiquant »…).</summary>
    private static int? ContentDescribedFrom(TokenText label)
    {
        for (var i = 1; i < label.Count; i++)
        {
            if (ContentWords.Contains(label.Folded[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static string? BirthNamedIn(FieldReader.Texts texts)
    {
        foreach (var (text, where) in new[] { (texts.Label, "libellé"), (texts.Legend, "groupe"), (texts.Section, "section") })
        {
            if (text.Folded.Contains(Birth))
            {
                return $"{where} « naissance »";
            }

            // « Commune où vous êtes né(e) », « Ville où est née votre fille »
            if (PlaceClauseAt(text) is var clause && clause >= 0 && text.Plain.Skip(clause).Any(w => w is "né" or "née" or "nés" or "nées"))
            {
                return $"{where} « où … né »";
            }
        }

        return null;
    }

    /// <summary>A word of the land register (« cadastre », « cadastrale »), or a parcel named with a number or a code.</summary>
    private static string? CadastralReference(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            var word = label.Folded[i];
            if (word.StartsWith("cadastr", StringComparison.Ordinal)
                || (Parcels.Contains(word) && label.Folded.Any(FieldReader.IdentifierWords.Contains)))
            {
                return label.Plain[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The organisation the cue names is the one that files: « votre structure », or a heading that is the organisation
    /// itself (a section « Employeur » over the company's fields); « l'entreprise signalée » in a label is someone else's.
    /// </summary>
    private static bool IsFilingOrganisation(string? cue) => cue is not null
        && (cue.Contains("« votre ", StringComparison.Ordinal) || cue.StartsWith("section", StringComparison.Ordinal) || cue.StartsWith("groupe", StringComparison.Ordinal));

    /// <summary>What a register says of an organisation, as the head of a label: its kind, legal form, creation, seat.</summary>
    private static string? RegisterFactOf(TokenText label)
    {
        var head = label.Head;
        return head switch
        {
            "type" or "categorie" or "forme" or "statut" or "nature" => "type ou forme juridique",
            "departement" or "region" or "siege" => "siège",
            _ when label.Folded.Contains("creation") && head is "date" or "annee" => "date de création",
            _ => null,
        };
    }

    /// <summary>What a person is affiliated to: a social-security scheme, a fund.</summary>
    private static readonly HashSet<string> SchemeWords = Folded("regime", "caisse");

    /// <summary>Words that may stand before the noun a question asks: « De quelle caisse ? », « Quel est votre régime ? ».</summary>
    private static readonly HashSet<string> QuestionWords = Folded("quel", "quelle", "quels", "quelles", "est", "sont", "de", "du", "votre", "vos", "a", "auprès");

    /// <summary>What qualifies a regime that is no social insurance scheme.</summary>
    private static readonly HashSet<string> OtherRegimes = Folded("scolaire", "alimentaire", "fiscal", "fiscale", "matrimonial", "juridique",
        "imposition", "tva", "horaire", "micro");

    /// <summary>The scheme or fund a label asks for, as its first noun (« Régime social », « De quelle caisse ? »), or null.</summary>
    private static string? AffiliationAsked(TokenText label)
    {
        for (var i = 0; i < label.Count && i < 5; i++)
        {
            if (SchemeWords.Contains(label.Folded[i]))
            {
                // « Régime scolaire », « régime fiscal », « régime matrimonial »: a regime of another field than social insurance.
                var next = label.Folded.Skip(i + 1).FirstOrDefault(w => w is not ("d" or "de" or "du"));
                return next is not null && OtherRegimes.Contains(next) ? null : label.Plain[i];
            }

            if (!QuestionWords.Contains(label.Folded[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Acts an administration performs for a person: it sets an appointment, takes a decision, receives a request,
    /// grants an aid, fixes a rate, enrols, writes.</summary>
    private static readonly HashSet<string> AdministrativeActs = Folded("rendez", "rdv", "convocation", "décision", "notification", "demande",
        "dossier", "aide", "subvention", "tarif", "inscription", "courrier", "accord", "attribution", "prestation", "allocation", "versement", "paiement",
        "déclaration", "candidature", "recours", "requête", "prime", "échéancier", "remise", "exonération", "dérogation", "réponse", "convention",
        "agrément", "habilitation", "labellisation");

    /// <summary>Words that put an act in the past: it is then on the files, not being decided in this form (D28).</summary>
    private static readonly HashSet<string> PastMarkers = Folded("dernier", "dernière", "précédent", "précédente", "antérieur", "antérieure", "passé", "passée", "reçu", "reçue",
        "initial", "initiale");

    /// <summary>What an administration grants or pays (folded, so the plural is the same word); declared first, the sets
    /// below are built from it.</summary>
    private static readonly HashSet<string> GrantWords = Folded("versé", "versée", "accordé", "accordée", "attribué", "attribuée", "octroyé", "octroyée");

    /// <summary>What one already is or did with an administration, after « déjà »: enrolled, filed, obtained, received.</summary>
    private static readonly HashSet<string> PastStandings = [.. Folded("inscrit", "inscrite", "déposé", "déposée", "obtenu", "obtenue", "reçu", "reçue",
        "perçu", "perçue", "demandé", "sollicité", "titulaire", "reconnu", "reconnue", "immatriculé", "immatriculée", "enregistré", "enregistrée", "allocataire",
        "agréé", "agréée", "labellisé", "labellisée", "conventionné", "conventionnée", "habilité", "habilitée", "statué", "autorisé", "autorisée",
        "déclaré", "déclarée"), .. GrantWords];

    /// <summary>A rate, a scale or a surcharge an administration sets for a person.</summary>
    private static readonly HashSet<string> RateWords = Folded("taux", "tarif", "barème", "majoration", "pénalité");

    /// <summary>« appliqué » or « en vigueur » within six words after position <paramref name="i"/>, as written; or null.</summary>
    private static string? InForceAfter(TokenText label, int i)
    {
        for (var k = i + 1; k < label.Count && k <= i + 6; k++)
        {
            if (label.Folded[k] is "applique" or "appliquee" || (label.Folded[k] == "vigueur" && label.Folded[k - 1] == "en"))
            {
                return label.Plain[k];
            }
        }

        return null;
    }

    /// <summary>
    /// An act of an administration asked back (rule 6), beside the person's own step that <see cref="PastFiling"/> reads:
    /// « Date de votre dernière demande », « Tarif appliqué l'année
    /// précédente », « Votre enfant est-il déjà inscrit à la cantine ? », « Date de votre rendez-vous »; the words, or null.
    /// An act with no past (« Montant attribué », « Date de passage en commission ») is being decided in this form (D28).
    /// </summary>
    private static string? PastActAsked(TokenText label)
    {
        var folded = label.Folded;
        for (var i = 0; i < folded.Count; i++)
        {
            var word = folded[i];
            if (word == "deja" && i + 1 < folded.Count && (PastStandings.Contains(folded[i + 1]) || (i + 2 < folded.Count && folded[i + 1] == "ete" && PastStandings.Contains(folded[i + 2]))))
            {
                return label.Plain[i] + " " + label.Plain[i + 1];
            }

            // « Taux de prélèvement appliqué », « tarif en vigueur »: a rate or scale in force was set by the administration (rule 6).
            if (RateWords.Contains(word) && InForceAfter(label, i) is { } inForce)
            {
                return label.Plain[i] + " … " + inForce;
            }

            // « qui vous a été notifié », « vous a-t-il été accordé »: what was done to the person, by the administration.
            if (word == "ete" && i + 1 < folded.Count && ActWords.Contains(folded[i + 1]) && folded.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4)).Contains(FieldReader.You))
            {
                return label.Plain[i] + " " + label.Plain[i + 1];
            }

            // « la session à laquelle vous êtes convoqué(e) »: the person was summoned, by the administration.
            if (word is "convoque" or "convoquee" && i > 0 && folded[i - 1] == "ete")
            {
                return label.Plain[i - 1] + " " + label.Plain[i];
            }

            if (!AdministrativeActs.Contains(word))
            {
                continue;
            }

            // One's appointment or summons is set by the administration: no past needed.
            if (word is "rendez" or "rdv" or "convocation" && i > 0 && FieldReader.Possessives.Contains(folded[i - 1]))
            {
                return label.Plain[i - 1] + " " + label.Plain[i];
            }

            // « l'an dernier », « l'année précédente » as well as « votre dernière demande ».
            var past = folded.FindIndex(w => PastMarkers.Contains(w));
            if (past >= 0)
            {
                return label.Plain[i] + " … " + label.Plain[past];
            }
        }

        return null;
    }

    /// <summary>The company registers (« registre du commerce », RCS, RNE, « répertoire des métiers », SIRENE).</summary>
    private static readonly HashSet<string> CompanyRegisters = Folded("registre", "répertoire", "rcs", "rne", "rm", "sirene", "greffe");

    /// <summary>A company register named within three words after « immatriculation » or « immatriculé(e) »: its words, or null.</summary>
    private static string? CompanyRegisterAfterRegistration(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (label.Folded[i] is not ("immatriculation" or "immatricule" or "immatriculee"))
            {
                continue;
            }

            for (var k = i + 1; k < label.Count && k <= i + 3; k++)
            {
                if (CompanyRegisters.Contains(label.Folded[k]))
                {
                    return $"{label.Plain[i]} … {label.Plain[k]}";
                }
            }
        }

        return null;
    }

    /// <summary>What an administration issues to let a person do something: a card, a title, a permit, a licence, an approval.</summary>
    private static readonly HashSet<string> TitleNouns = Folded("carte", "titre", "permis", "autorisation", "licence", "agrément", "habilitation", "accréditation");

    /// <summary>Words that say a title was issued before: the previous or current one, the one to renew, expiring or expired.</summary>
    private static readonly HashSet<string> IssuedBeforeWords = Folded("précédent", "précédente", "ancien", "ancienne", "actuel", "actuelle", "renouveler",
        "renouvellement", "expiration", "expiré", "expirée", "validité");

    /// <summary>A title the label says was issued before (« précédente carte », « titre à renouveler », « permis en cours de
    /// validité »): the title and the word, within four words of each other; or null.</summary>
    private static string? TitleIssuedBefore(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (!TitleNouns.Contains(label.Folded[i]))
            {
                continue;
            }

            for (var k = Math.Max(0, i - 4); k < Math.Min(label.Count, i + 5); k++)
            {
                if (IssuedBeforeWords.Contains(label.Folded[k]))
                {
                    return $"{label.Plain[i]} … {label.Plain[k]}";
                }
            }
        }

        return null;
    }

    /// <summary>« Benefits from » (folded, so « bénéficie » and « bénéficié » alike; not the infinitive of a wish).</summary>
    private static readonly HashSet<string> BenefitingWords = Folded("beneficiez", "beneficie", "beneficient", "beneficiaire", "beneficiaires");

    /// <summary>What a public body grants and then keeps on file: a scheme, an aid, an exemption, a tax option.</summary>
    private static readonly HashSet<string> SchemeNouns = Folded("dispositif", "regime", "exoneration", "allegement", "reduction",
        "aide", "aides", "allocation", "prestation", "prime", "versement", "abattement", "projet", "plan", "mesure", "accompagnement");

    private static readonly HashSet<string> NegationWords = Folded("ne", "n", "aucun", "aucune", "pas", "jamais");

    /// <summary>Participles of taking part in or receiving something (« participé », « obtenu », « reçu », « activé »).</summary>
    private static readonly HashSet<string> TakenPartWords = Folded("participé", "participée", "obtenu", "obtenue", "reçu", "reçue", "bénéficié",
        "activé", "activée", "perçu", "perçue", "effectué", "effectuée", "suivi", "suivie");

    /// <summary>Public schemes by their names, as folded words.</summary>
    private static readonly string[][] PublicSchemes =
    [
        .. new[] { "service national universel", "snu", "séjour de cohésion", "service civique", "pass culture", "pass'sport", "pass sport",
            "chèque énergie", "prêt à taux zéro", "ptz", "maprimerénov'", "emploi franc", "garantie jeunes", "contrat d'engagement jeune",
            "préparation militaire", "journée défense et citoyenneté" }.Select(TextFolding.Tokens).Select(t => t.ToArray()),
    ];

    /// <summary>The first public scheme the text names, as written; or null.</summary>
    private static string? SchemeNamedIn(TokenText text) => SchemeAt(text, 0, text.Count);

    /// <summary>A public scheme's name starting between <paramref name="from"/> and <paramref name="to"/>: its words; or null.</summary>
    private static string? SchemeAt(TokenText text, int from, int to)
    {
        for (var k = from; k < text.Count && k < to && text.Folded[k] != "|"; k++)
        {
            foreach (var scheme in PublicSchemes)
            {
                if (k + scheme.Length <= text.Count && scheme.Select((w, j) => text.Folded[k + j] == w).All(x => x))
                {
                    return string.Join(' ', text.Plain.Skip(k).Take(scheme.Length));
                }
            }
        }

        return null;
    }

    /// <summary>A participle of taking part or receiving, then a public scheme's name within eight words: its words; or null.</summary>
    private static string? SchemeTakenPart(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (!TakenPartWords.Contains(label.Folded[i]) || (i > 0 && NegationWords.Contains(label.Folded[i - 1])))
            {
                continue;
            }

            if (SchemeAt(label, i + 1, i + 9) is { } scheme)
            {
                return $"{label.Plain[i]} … {scheme}";
            }
        }

        return null;
    }

    /// <summary>
    /// A scheme the label says someone benefits from (« bénéficiez-vous du dispositif … »), within one sentence and not
    /// denied: the words, or null.
    /// </summary>
    private static string? SchemeBenefited(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (!BenefitingWords.Contains(label.Folded[i]))
            {
                continue;
            }

            if (i > 0 && NegationWords.Contains(label.Folded[i - 1]))
            {
                return null;
            }

            for (var k = i + 1; k < label.Count && k <= i + 5 && label.Folded[k] != "|"; k++)
            {
                if (NegationWords.Contains(label.Folded[k]))
                {
                    return null;
                }

                if (SchemeNouns.Contains(label.Folded[k]))
                {
                    return $"{label.Plain[i]} … {label.Plain[k]}";
                }
            }
        }

        return null;
    }

    /// <summary>Participles of a step a person takes with an administration: made, filed, sent, declared, signed.</summary>
    private static readonly HashSet<string> FilingWords = Folded("fait", "depose", "deposee", "formule", "effectue", "introduit", "envoye",
        "transmis", "signe", "presente");

    /// <summary>What such a step files: an application, a file, a declaration, an appeal, an agreement.</summary>
    private static readonly HashSet<string> FiledThings = Folded("demande", "dossier", "declaration", "recours", "convention", "candidature", "requete",
        "plainte");

    /// <summary>
    /// A past step with an administration asked back: « avez / a » (a perfect tense), a filing participle, then what it
    /// filed within three words (« avez-vous fait une demande », « a-t-il déposé un dossier »); the words, or null.
    /// </summary>
    private static string? PastFiling(TokenText label)
    {
        var perfect = false;
        for (var i = 0; i < label.Count; i++)
        {
            var word = label.Folded[i];
            // « a » is also « à » once folded: only « a-t-il » or « a » right before a participle (« le foyer a fait ») counts.
            perfect |= word is "avez" or "avon" or "ont" or "ai"
                || (word == "a" && i + 1 < label.Count && (label.Folded[i + 1] == "t" || FilingWords.Contains(label.Folded[i + 1])));
            // « Une demande d'aide a-t-elle été déposée ? »: the passive names what was filed before its participle.
            // « … a été déposée par » asks who filed it.
            if (word == "ete" && i + 1 < label.Count && FilingWords.Contains(label.Folded[i + 1]) && (i + 2 >= label.Count || label.Folded[i + 2] != "par"))
            {
                for (var k = i - 1; k >= 0 && k >= i - 12 && label.Folded[k] != "|"; k--)
                {
                    if (FiledThings.Contains(label.Folded[k]))
                    {
                        return $"{label.Plain[k]} … {label.Plain[i]} {label.Plain[i + 1]}";
                    }
                }
            }

            if (!perfect || !FilingWords.Contains(word))
            {
                continue;
            }

            for (var k = i + 1; k < label.Count && k <= i + 3; k++)
            {
                // « déposé une main courante »: the police's record of a statement, as a complaint is.
                if (FiledThings.Contains(label.Folded[k]) || (label.Folded[k] == "main" && k + 1 < label.Count && label.Folded[k + 1] == "courante"))
                {
                    return $"{label.Plain[i]} … {label.Plain[k]}";
                }
            }
        }

        return null;
    }

    private static readonly HashSet<string> Judgements = Folded("jugement", "jugements", "arret");

    /// <summary>Words for a copy of a document, not a document of their own.</summary>
    private static readonly HashSet<string> CopyWords = Folded("copie", "photocopie", "scan", "original", "exemplaire");
    private static readonly HashSet<string> Judicial = Folded("judiciaire", "judiciaires", "justice");

    /// <summary>A court's decision the label names: « jugement », « arrêt », or a decision said judicial; where and its words, or null.</summary>
    private static (int At, string Words)? CourtDecision(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (Judgements.Contains(label.Folded[i]))
            {
                return (i, label.Plain[i]);
            }

            if (label.Folded[i] == "decision" && i + 1 < label.Count
                && (Judicial.Contains(label.Folded[i + 1]) || (i + 2 < label.Count && label.Folded[i + 1] == "de" && Judicial.Contains(label.Folded[i + 2]))))
            {
                return (i, $"{label.Plain[i]} {label.Plain[i + 1]}");
            }
        }

        return null;
    }

    /// <summary>What qualifies the income-tax notice itself: « avis d'impôt », « d'imposition », « de non-imposition », « de situation ».</summary>
    private static readonly HashSet<string> IncomeTaxNotice = Folded("impot", "impots", "imposition", "non", "situation", "ir", "revenu", "revenus");

    private static readonly string Notice = TextFolding.Tokens("avis")[0];

    /// <summary>« avis de taxe foncière »: a notice the label qualifies as another than the income-tax one, or null.</summary>
    private static string? OtherNotice(TokenText label)
    {
        var avis = label.Folded.IndexOf(Notice);
        if (avis < 0 || avis + 2 >= label.Count || label.Folded[avis + 1] is not ("de" or "d" or "du"))
        {
            return null;
        }

        var what = label.Folded[avis + 2];
        return what == "|" || IncomeTaxNotice.Contains(what) ? null : $"{label.Plain[avis]} {label.Plain[avis + 1]} {label.Plain[avis + 2]}";
    }

    /// <summary>Participles of what an administration does to a person's case: fixed, granted, paid, notified, issued.</summary>
    private static readonly HashSet<string> ActWords = [.. GrantWords, .. Folded("fixe", "fixee", "notifie", "notifiee", "decide", "decidee", "delivre",
        "delivree", "prononce", "prononcee", "applique", "appliquee", "reconnu", "reconnue")];

    /// <summary>« fixé par la mairie », « versée par la CAF »: an act participle, « par », then a public body; the phrase, or null.</summary>
    private string? ActOfPublicBody(TokenText label)
    {
        for (var i = 0; i + 2 < label.Count; i++)
        {
            if (ActWords.Contains(label.Folded[i]) && label.Folded[i + 1] == "par" && _reader.PublicIssuerIn(label) is { } body && body.Start > i + 1 && body.Start <= i + 4)
            {
                return $"ce qu'un organisme public a {label.Plain[i]} (« {label.Plain[i]} par … {body.Entry.Phrase} »)";
            }

            // « fixé par nos services »: the administration that asks, speaking as « nous ».
            if (ActWords.Contains(label.Folded[i]) && label.Folded[i + 1] == "par" && Speaker(label, i + 2) is > 0 and var us)
            {
                return $"ce que l'administration qui demande a {label.Plain[i]} (« {label.Plain[i]} par {string.Join(' ', label.Plain.Skip(i + 2).Take(us))} »)";
            }

            // « accordées par l'État »: the State is no body of the lexicon (« état civil », « état des lieux » are not it).
            if (ActWords.Contains(label.Folded[i]) && label.Folded[i + 1] == "par" && label.Folded.Skip(i + 2).Take(2).Contains("etat"))
            {
                return $"ce que l'État a {label.Plain[i]} (« {label.Plain[i]} par l'État »)";
            }
        }

        return null;
    }

    /// <summary>« nos services », « notre agence », « nous »: how many words at <paramref name="i"/> name the administration
    /// that asks, speaking of itself; 0 when they do not.</summary>
    private static int Speaker(TokenText t, int i) =>
        i >= t.Count ? 0
        : t.Folded[i] == Us ? 1
        : i + 1 < t.Count && OurWords.Contains(t.Folded[i]) && SpeakerBodies.Contains(t.Folded[i + 1]) ? 2
        : 0;

    /// <summary>
    /// A paper or an act of the administration that asks, by its own words: « notre décision », « le courrier de nos services »,
    /// « la convocation reçue de nos services ». The words found, or null. « Message à nos services », « Contactez-nous »
    /// name no act of it.
    /// </summary>
    private static string? OwnAct(TokenText label)
    {
        var w = label.Folded;
        for (var i = 0; i < w.Count; i++)
        {
            if (!OwnActNouns.Contains(w[i]))
            {
                continue;
            }

            // « notre décision », « votre convocation à nos services »: the possessive before the act, or « de / du / par » (after a
            // participle such as « reçu », « envoyé ») and the speaker within the next words.
            if (i > 0 && OurWords.Contains(w[i - 1]))
            {
                return $"{label.Plain[i - 1]} {label.Plain[i]}";
            }

            for (var k = i + 1; k < Math.Min(w.Count, i + 4); k++)
            {
                if (w[k] is "de" or "du" or "des" or "par" && Speaker(label, k + 1) is > 0 and var n)
                {
                    return string.Join(' ', label.Plain.Skip(i).Take(k + 1 + n - i));
                }
            }
        }

        return null;
    }

    private static readonly string Us = Folded("nous").Single();

    private static readonly HashSet<string> OurWords = Folded("nos", "notre");

    private static readonly HashSet<string> SpeakerBodies = Folded("services", "service", "soins", "administration", "agence", "caisse",
        "commission", "équipe", "équipes", "agents", "agent", "conseiller", "conseillère", "conseillers", "bureaux", "guichet", "guichets");

    /// <summary>Papers and acts an administration makes about a person's case, one word each (« rendez-vous » folds to « rendez »
    /// and « vous »: its first word stands for it). Papers anyone may write (an attestation, a letter, an e-mail) are left
    /// out: a couple's « notre attestation » is theirs.</summary>
    private static readonly HashSet<string> OwnActNouns = Folded("courrier", "courriers", "décision", "décisions", "notification", "convocation", "rendez",
        "accusé", "récépissé", "relance");

    /// <summary>What only a person has beside a name (« Nom et qualité du pétitionnaire »).</summary>
    private static readonly HashSet<string> PersonAttributes = Folded("qualite", "fonction", "grade", "titre", "profession", "statut");

    /// <summary>Nouns for people the reading lexicon does not give a role (they are nobody's role, just a person).</summary>
    private static readonly HashSet<string> PersonNouns = Folded("personne", "pere", "mere", "parent", "agent", "patient", "patiente", "responsable",
        "representant", "representante", "contact", "jeune", "individu", "client", "cliente", "salarie", "salariee", "signataire", "intervenant");

    /// <summary>
    /// Where the thing a label heads with « Nom de … » is named (« Nom de l'offre de stage » → offre, « Numéro et nom de la
    /// voie » → voie), or null: when « nom »
    /// alone is the phrase found there (not « nom de naissance », « nom d'usage »…), followed by « de » and a word that is no person.
    /// A word the catalogue does not know may stand beside « nom » (« Nom ou type de la nappe »).
    /// </summary>
    private int? ThingNamed(TokenText label)
    {
        var head = FieldReader.HeadIndex(label);

        // « Numéro et nom de la voie », « Type et nom de voie »: another word about the same thing may come before « nom » too.
        if (head >= 0 && head + 2 < label.Count && label.Folded[head] != "nom" && label.Folded[head + 1] is "et" or "ou" && label.Folded[head + 2] == "nom"
            && !PersonAttributes.Contains(label.Folded[head]))
        {
            head += 2;
        }

        // « nom » alone, or a kind of name that any named thing has too (« nom d'usage », « nom usuel »); not « nom de naissance ».
        if (head < 0 || label.Folded[head] != "nom" || _cues.At(label, head) is not { } name
            || (name.Entry.Tokens.Length > 1 && !(name.Entry.Tokens is [_, "usage" or "usuel"])))
        {
            return null;
        }

        // « Nom ou type de la nappe », « Nom et nature de l'équipement »: another word about the same thing may come first.
        var k = name.End;
        if (k + 1 < label.Count && label.Folded[k] is "ou" or "et" && _cues.At(label, k + 1) is null && !PersonAttributes.Contains(label.Folded[k + 1]))
        {
            k += 2;
        }

        if (k >= label.Count || label.Folded[k] is not ("de" or "du" or "d" or "des"))
        {
            return null;
        }

        while (k < label.Count && PhraseIndex<int>.Skippable.Contains(label.Folded[k]))
        {
            k++;
        }

        return k < label.Count && label.Folded[k] != "|" && !PersonNouns.Contains(label.Folded[k]) && !_reader.ManagerAt(label, k) ? k : null;
    }

    /// <summary>The document that proves a datum, when the label itself names a document (« pièce », « justificatif », « copie »).</summary>
    private DataItem? DocumentOf(string? id, TokenText label)
    {
        var documentId = id switch
        {
            "identity.civil" => "identity.document",
            "address.postal" => "address.proof",
            _ => null,
        };
        return documentId is null || !_reader.NamesDocument(label) ? null : Catalogue.Find(documentId);
    }

    /// <summary>Where the label, its hint or its headings speak of a person insured by the health insurance; or null.</summary>
    private static string? InsuredNamed(FieldReader.Texts texts)
    {
        foreach (var (text, where) in new[] { (texts.Label, "libellé"), (texts.Hint, "aide"), (texts.Legend, "groupe"), (texts.Section, "section") })
        {
            var w = text.Folded;
            if (w.Any(x => x is "assure" or "assuree" or "vitale") || IndexOf(w, ["securite", "sociale"]) >= 0)
            {
                return where;
            }
        }

        return null;
    }

    /// <summary>Verbs that say where a figure is written (« figure sur », « indiqué sur », « tel que notifié »).</summary>
    private static readonly HashSet<string> WrittenWords = Folded("figure", "figurent", "figurant", "indiqué", "indiquée", "indiqués", "mentionné",
        "mentionnée", "notifié", "notifiée", "porté", "portée", "reporté", "reportée", "inscrit", "inscrite");

    /// <summary>Papers only an administration issues (« l'arrêté », « la notification »); any other paper (« avis », « courrier »,
    /// « relevé ») needs a public body named in the hint.</summary>
    private static readonly HashSet<string> AdministrationPapers = Folded("notification", "arrêté", "décision", "convocation");

    /// <summary>Papers anyone may send.</summary>
    private static readonly HashSet<string> Papers = Folded("avis", "courrier", "déclaration", "bulletin", "relevé", "attestation");

    /// <summary>A hint that says the figure is written on a public body's paper: that paper's words, or null. A private party
    /// named anywhere in the hint (« sur votre facture d'électricité ») makes it theirs.</summary>
    private string? WrittenOnPublicPaper(TokenText hint)
    {
        if (_reader.PrivatePartyIn(hint) is not null)
        {
            return null;
        }

        for (var i = 0; i < hint.Count; i++)
        {
            if (!WrittenWords.Contains(hint.Folded[i]))
            {
                continue;
            }

            for (var k = i + 1; k < hint.Count && k <= i + 5; k++)
            {
                // A paper the catalogue knows as a held record (« avis de taxe foncière ») is the body's that keeps it.
                if (AdministrationPapers.Contains(hint.Folded[k]) || (Papers.Contains(hint.Folded[k]) && _reader.PublicIssuerIn(hint) is not null)
                    || _cues.At(hint, k) is { Entry.Value.Item.Holding: Holding.Held }
                    || _reader.PublicIssuerIn(hint) is { } body && body.Start == k)
                {
                    return string.Join(' ', hint.Plain.Skip(i).Take(Math.Min(hint.Count, k + 3) - i));
                }
            }
        }

        return null;
    }

    /// <summary>True when the phrase quoted in <paramref name="cue"/> (« … « entreprise » ») is part of the one quoted in
    /// <paramref name="why"/> (« « cotisation foncière des entreprises » »).</summary>
    private static bool InsideCue(string why, string? cue)
    {
        static string? Quoted(string? text) => text is not null && text.IndexOf('«') is var a and >= 0 && text.IndexOf('»', a) is var b and > 0
            ? TextFolding.Fold(text[(a + 1)..b]) : null;
        return Quoted(why) is { Length: > 0 } whole && Quoted(cue) is { Length: > 0 } part && $" {whole} ".Contains($" {part} ", StringComparison.Ordinal);
    }

    /// <summary>Where the field's texts or its administration say the organisation is an association (not one kind among
    /// others: « entreprise, association, collectivité »); or null.</summary>
    private static string? AssociationNamedIn(FieldReader.Texts texts)
    {
        foreach (var (text, where) in new[] { (texts.Label, "libellé"), (texts.Legend, "groupe"), (texts.Section, "section"), (texts.Page, "titre de page") })
        {
            if (text.Folded.Contains("association"))
            {
                return text.Folded.Any(OtherOrganisationKinds.Contains) ? null : $"{where} « association »";
            }
        }

        return texts.Administration is { } administration && TextFolding.Tokens(administration).Contains("association") ? "administration « association »" : null;
    }

    /// <summary>Kinds of organisation listed beside « association » when the form does not know which one files.</summary>
    private static readonly HashSet<string> OtherOrganisationKinds = Folded("entreprise", "société", "collectivité", "établissement", "commune", "structure");

    /// <summary>Codes only SIRENE gives (the activity code), whoever the organisation is.</summary>
    private static bool SireneOnly(string why) => TextFolding.Tokens(why) is var words && (words.Contains("naf") || words.Contains("ape"));

    private static bool IsAssociation(FieldReading r, TokenText label) =>
        label.Folded.Contains("association") || (r.SubjectCue?.Contains("association", StringComparison.Ordinal) ?? false);

    /// <summary>
    /// Applies the reading rules to the best-scored item; returns the rule that changed the decision, in French, or null.
    /// </summary>
    private string? Decide(FieldObservation field, List<Hit> hits, Dictionary<string, Match> scores, TokenText asked, TokenText hint,
        TokenText legend, ref Match chosen, HashSet<string> overridden)
    {
        var best = chosen;

        // A wish or a choice (« date souhaitée », « nom choisi ») is the user's own answer, whatever it is about.
        Hit? decisive = null;
        foreach (var h in hits)
        {
            if (h.Kind == CueKind.Decisive && h.Source is Source.Label or Source.Placeholder && (decisive is not { } stronger || h.Score > stronger.Score))
            {
                decisive = h;
            }
        }

        // A wish word does not hide a held document the label names (« La carte d'identité que vous souhaitez renouveler »,
        // rule 8): the document exists, the wish is about what to do with it. A figure projected (« Chiffre d'affaires
        // prévisionnel ») names no document: it is the user's estimate (D11).
        // « Revenu fiscal de l'année pour laquelle vous demandez la bourse »: a wish in a relative clause qualifies the held datum
        // the label's head names; it is not what is asked.
        if (decisive is { Start: > 0 } clauseWish && RelativeBefore(asked, clauseWish.Start) is var relative && relative > 0
            && hits.Any(h => h.Source is Source.Label && h.Kind == CueKind.Specific && h.Item.Holding == Holding.Held && h.Start >= 0 && h.End <= relative))
        {
            decisive = null;
        }

        // « Le passeport que vous souhaitez renouveler est-il périmé ? »: wishing to renew a title says it exists (rule 8).
        if (decisive is { Start: >= 0 } wish && wish.End < asked.Count && RenewWords.Contains(asked.Folded[wish.End])
            && hits.Any(h => h.Source is Source.Label or Source.Placeholder && h.Kind == CueKind.Specific && h.Item.Holding == Holding.Held))
        {
            decisive = null;
        }

        if (decisive is not null && (field.IsUpload || _reader.NamesDocument(asked)))
        {
            foreach (var h in hits)
            {
                // An upload is the document itself, whatever its weight (« Permis de conduire que vous souhaitez renouveler »).
                if (h.Source is Source.Label or Source.Placeholder && h.Kind == CueKind.Specific && h.Item.Holding == Holding.Held && (h.Item.Weight >= 3 || field.IsUpload))
                {
                    decisive = null;
                    break;
                }
            }
        }

        // « Une note ou un commentaire que vous aimeriez donner ? », « Vous pouvez ajouter une explication si vous le souhaitez »:
        // a text area the label asks to write in one's own words is free text; the wish is only the courtesy of the question.
        if (decisive is not null && field.Input?.Equals("textarea", StringComparison.OrdinalIgnoreCase) == true && _freeText is not null
            && hits.FirstOrDefault(h => h.Source == Source.Label && h.Item == _freeText) is { Item: not null } ownWords && scores.TryGetValue(_freeText.Id, out var freeText))
        {
            chosen = freeText;
            overridden.UnionWith(scores.Keys.Where(id => id != _freeText.Id));
            return $"zone de texte que le libellé demande d'écrire (« {ownWords.Cue} ») : texte libre, quel que soit le souhait qu'il exprime";
        }

        // « Je certifie être allocataire de l'AAH »: a statement that one is in a held status asks that status (rule 4).
        if (StatedAt(asked) is var stated && stated > 0
            && hits.FirstOrDefault(h => h.Source == Source.Label && h.Kind == CueKind.Specific && h.Start > stated && StatusItems.Contains(h.Item.Id)) is { Item: not null } status)
        {
            chosen = scores[status.Item.Id];
            overridden.UnionWith(scores.Keys.Where(id => id != status.Item.Id));
            return $"déclaration d'être dans une situation qu'une administration connaît (« {status.Cue} ») : c'est elle qui est demandée (règle 4)";
        }

        if (decisive is { } d)
        {
            chosen = new Match(d.Item, scores[d.Item.Id].Score, d, 1);
            overridden.UnionWith(scores.Keys.Where(id => id != d.Item.Id));
            return d.Item == best.Item
                ? "un souhait ou un choix de l'usager (règle 8)"
                : $"un souhait ou un choix de l'usager : l'emporte sur {best.Why} ({best.Item.Id}) (règle 8)";
        }

        // « Date de début de votre Service Civique », « Depuis quand êtes-vous inscrit(e) à France Travail ? »: a date, a
        // duration or an amount of a held status or record is part of what its holder keeps (rule 6); a date of anything
        // else (« Date de début du contrat de travail ») stays the user's answer.
        if (best.Item == _notHeld && best.Cause.Source == Source.Label && best.Cause.Start >= 0 && best.Cause.Start < asked.Count
            && asked.Folded[best.Cause.Start] is var first && (QuantityWords.Contains(first) || first == Since))
        {
            Hit? record = null;
            foreach (var h in hits)
            {
                if (h.Source == Source.Label && h.Kind != CueKind.Generic && h.Start >= best.Cause.End && h.Item.Holding == Holding.Held
                    && (StatusItems.Contains(h.Item.Id) || TitleItems.Contains(h.Item.Id) || h.Item == _otherHeld || h.Item == _education))
                {
                    record = h;
                    break;
                }
            }

            if (record is { } r)
            {
                chosen = new Match(r.Item, scores[r.Item.Id].Score, r, r.Length);
                overridden.Add(best.Item.Id);
                return $"{best.Why} d'une situation ou d'un dossier détenu ({r.Why}) : son détenteur la connaît (règle 6)";
            }
        }

        // A postal code asked with a CAF or France Travail login identifies the user: it is part of the key.
        if (best.Item == _postalAddress && IndexOf(asked.Folded, ["code", "postal"]) >= 0)
        {
            // « Code postal de votre dossier allocataire »: the label itself may say which login, when it names the file or the
            // number (« Code postal de l'allocataire » alone is their home's).
            var labelSays = asked.Folded.Any(w => w is "dossier" or "numero" or "identifiant");
            // « À saisir avec votre identifiant » on France Travail's form: asked with the login, so the administration says whose.
            var withLogin = labelSays || hint.Folded.Any(w => w is "identifiant" or "numero");
            var context = (labelSays ? asked.Folded.Concat(["|"]) : []).Concat(hint.Folded).Concat(["|"]).Concat(legend.Folded)
                .Concat(withLogin && field.Administration is { } administration ? ["|", .. TextFolding.Tokens(administration)] : []).ToList();
            foreach (var (holder, keyId) in PostalCodeKeys)
            {
                if (IndexOf(context, holder) >= 0 && Catalogue.Find(keyId) is { } key)
                {
                    chosen = new Match(key, best.Score, best.Cause, best.Length);
                    overridden.Add(best.Item.Id);
                    return $"code postal demandé pour s'identifier auprès de « {string.Join(' ', holder)} » : fait partie de la clé ({key.Label}) (règle 9)";
                }
            }
        }

        // A generic cue (a name, an address, a past aid) yields to the item that says whose or which data it is.
        var anyOwn = false;
        var allGeneric = true;
        foreach (var h in hits)
        {
            if (h.Item == best.Item && h.Source is not (Source.Options or Source.Page or Source.Markup))
            {
                anyOwn = true;
                allGeneric &= h.Kind == CueKind.Generic;
            }
        }

        if (anyOwn && allGeneric)
        {
            var own = hits.Where(h => h.Item == best.Item && h.Source is not (Source.Options or Source.Page or Source.Markup)).ToList();
            // « Nom de votre employeur »: the owner completes the generic word (a few words after it); a list « nom, prénom,
            // date et lieu de naissance, numéro de téléphone » is not an owner (the first item named is what is asked): after a
            // person's name or address, another datum completes it only through a preposition right after it (« Adresse postale
            // et du siège social »), an owner word also without one (« Nom employeur »).
            var generics = own.Where(h => h.Source is Source.Label or Source.Placeholder).ToList();
            bool Linked(Hit g, Hit h)
            {
                if (h.Item == _notHeld || g.Source != Source.Label || g.Item != _identity && g.Item != _postalAddress)
                {
                    return true;
                }

                var k = g.End < asked.Count && asked.Folded[g.End] is "et" or "ou" ? g.End + 1 : g.End;
                return k < h.Start && k < asked.Count && asked.Folded[k] is "de" or "du" or "des" or "d" or "a" or "au" or "aux" or "pour" or "chez" or "par";
            }

            // « Adresse de l'étudiant », « Nom de l'élève »: a person named by their status owns the name or the address; the
            // status is not what is asked.
            bool Completes(Hit h) => generics.Count == 0 || generics.Any(g => g.Source == h.Source && h.Start >= g.End && h.Start <= g.End + 3 && Linked(g, h)
                && (!(g.Item == _identity || g.Item == _postalAddress) || !NamesPersonByStatus(h, asked)));
            var owner = hits
                .Where(h => h.Item != best.Item && h.Kind != CueKind.Generic && ((h.Source is Source.Label or Source.Placeholder && Completes(h))
                    // A title in the heading says where a name or an address is written, not whose it is (« Nom » under « Votre
                    // carte d'identité » is the holder's civil status).
                    || (h.Source == Source.Legend && h.Item.Holding != Holding.NotHeld && !StatusItems.Contains(h.Item.Id) && h.Item != _otherHeld
                        && !(TitleItems.Contains(h.Item.Id) && (best.Item == _identity || best.Item == _postalAddress)))
                    || (h.Source == Source.Hint && field.IsUpload)
                    // « adresse courriel » in a hint: the word right after the generic one says which (as in a label).
                    || (h.Source == Source.Hint && own.All(g => g.Source == Source.Hint) && own.Any(g => h.Start == g.End))))
                .OrderByDescending(h => scores[h.Item.Id].Score)
                .ToList();
            if (owner.Count > 0)
            {
                var o = owner[0];
                chosen = new Match(o.Item, scores[o.Item.Id].Score, o, 1);
                overridden.Add(best.Item.Id);
                var generic = own.OrderByDescending(h => h.Score).First();
                return $"l'emporte sur {generic.Why} ({best.Item.Id}), qui ne dit que le type de donnée, pas de qui ou de quoi il s'agit";
            }
        }

        // « Numéro … », « Identifiant … » about data an administration holds asks that administration's key.
        var head = asked.Head;
        if (best.Item.Holding == Holding.Held && head is not null && FieldReader.IdentifierWords.Contains(head) && !field.IsUpload)
        {
            // « Numéro d'immatriculation de la carte grise » names the document, a « numéro de téléphone » is not a key.
            var phraseHasTheWord = hits.Any(h => h.Item == best.Item && h.Source is Source.Label or Source.Placeholder && h.Why.Contains($"« {head}", StringComparison.Ordinal));
            // A bare « Numéro » under « Carte nationale d'identité » is that card's number: the heading names the record (D16).
            var recordNamed = _reader.NamesRecord(asked) || best.Cause.Source is not (Source.Label or Source.Placeholder or Source.Markup);
            var keyItem = _keyOf.GetValueOrDefault(best.Item.Id) ?? (best.Item.Id is not ("address.postal" or "address.proof") && recordNamed ? _otherKey : null);
            if (!phraseHasTheWord && keyItem is not null)
            {
                chosen = new Match(keyItem, scores.TryGetValue(keyItem.Id, out var k) ? Math.Max(k.Score, best.Score) : best.Score, best.Cause, best.Length);
                overridden.Add(best.Item.Id);
                return $"le libellé demande un numéro ou un identifiant : c'est la clé « {keyItem.Label} » ({keyItem.Id}), pas {best.Item.Id} elle-même (règle 9)";
            }
        }

        return null;
    }

    /// <summary>
    /// The public body a group or section heading is about (« Caisse de retraite », « Votre mission locale »), when the
    /// heading names no datum of the person's (« Adresse déclarée à la CAF » is theirs); or null.
    /// </summary>
    private string? BodyOfHeading(FieldReader.Texts texts)
    {
        // The nearest heading only: the group, else the section.
        var (heading, where) = texts.Legend.Count > 0 ? (texts.Legend, "groupe") : (texts.Section, "section");
        if (_reader.PublicBodyIn(heading) is not { Start: <= 1 } body)
        {
            return null;
        }

        // A datum named beside the body is the person's (« Adresse déclarée à la CAF »); the body's own name is no datum
        // (« Votre caisse d'assurance maladie »).
        return _cues.First(heading) is { Entry.Value.Item: var named } cue && named != _otherHeld && (cue.Start < body.Start || cue.End > body.End)
            ? null
            : $"{where} « {body.Entry.Phrase} »";
    }

    private static readonly HashSet<string> ValidityWords = Folded("limite", "validite", "expiration", "echeance", "delivrance", "emission");

    /// <summary>
    /// The held document a heading (group, section, page title) names: its catalogue item when a document cue names it
    /// (« Carte nationale d'identité »), « other.held » for a kind of document a public body issues (« Récépissé »); or null.
    /// Only the heading's first catalogue phrase is read.
    /// </summary>
    private (DataItem Item, string Why)? DocumentOfHeading(FieldReader.Texts texts)
    {
        foreach (var (heading, where) in new[] { (texts.Legend, "groupe"), (texts.Section, "section"), (texts.Page, "titre de page") })
        {
            if (heading.Count == 0)
            {
                continue;
            }

            // A bill or a bank statement proves an address or an account: its own amounts and dates are no one's record.
            if (_cues.First(heading) is { Entry.Value.Item: { Holding: Holding.Held, Id: not ("address.proof" or "bank.rib") } item } found
                && (item.Id is "identity.document" or "driving.licence" or "vehicle.registration" or "civil.record" or "tax.notice"
                    || Enumerable.Range(found.Start, found.End - found.Start).Any(i => _reader.DocumentAt(heading, i))))
            {
                return (item, $"{where} « {found.Entry.Phrase} »");
            }

            if (_reader.PublicDocumentKindIn(heading) is { } kind && _otherHeld is not null)
            {
                return (_otherHeld, $"{where} « {kind} »");
            }
        }

        return null;
    }

    /// <summary>No cue matched: classify by the field's shape when it tells (a document, a free text, an amount, a date, a closed question).</summary>
    private (DataItem? Item, string Why) Fallback(FieldObservation field, TokenText asked, string? listed)
    {
        var input = field.Input?.ToLowerInvariant();
        var head = asked.Head;
        var closed = IsClosed(field, input);
        var (item, why) = input switch
        {
            "file" when asked.Count > 0 || !string.IsNullOrWhiteSpace(field.Hint) => (_notHeld, "pièce jointe qui ne correspond à aucun document détenu du catalogue"),
            "textarea" => (_freeText, "zone de texte libre"),
            _ when head is not null && QuantityWords.Contains(head) => (_notHeld, $"montant, date ou nombre (« {head} ») sans donnée détenue du catalogue"),
            "number" or "date" => (_notHeld, "montant, date ou nombre sans donnée détenue du catalogue"),
            _ when closed => (_notHeld, "question fermée sans donnée détenue du catalogue"),
            // A datum typed in a field no cue names (« Code RNCP », « Profondeur », « Votre rôle ») is, unless a reviewer says
            // otherwise, one no administration holds: the catalogue lists every held item by its cues. The reason says it is a
            // default; the path's calibrated confidence decides whether it is « à revoir ».
            _ when asked.Count > 0 && !field.IsUpload => (_notHeld, "donnée saisie qu'aucun indice du catalogue ne nomme"),
            _ => ((DataItem?)null, field.IsUpload ? "pièce jointe sans indice sur le document demandé" : "aucun indice du catalogue ne correspond"),
        };
        var noCue = listed is null ? "aucun indice du catalogue" : $"aucun indice dans le libellé ({listed})";
        return item is null ? (null, listed is null ? why : $"non reconnu : {listed}") : (item, $"{noCue} : {why}, classée par défaut en « {item.Label} »");
    }

    /// <summary>
    /// How a decision was reached, coarse to fine: where the topic was read, what kind of cue, the hard-case rule that
    /// changed it, the holding decided. Its calibrated confidence is looked up by this path (see <see cref="Calibration"/>).
    /// </summary>
    private static string PathOf(Topic topic, string? structureRule, FieldReading reading, DataItem? item, FieldObservation field)
    {
        var origin = topic.Fallback ? "repli-" + (field.IsUpload ? "pièce" : field.Input is "radio" or "select" or "checkbox" ? "choix" : "saisie")
            : FirstWord(topic.Why);
        var kind = topic.Fallback ? "-" : topic.Rule is not null ? "règle" : topic.Specific ? "précis" : "générique";
        var rule = structureRule is null ? "-" : FirstWord(structureRule) + "-" + SubjectName(reading.Subject);
        var holding = item is null ? "aucun" : DataCatalogue.HoldingText(item.Holding);
        var margin = topic.RunnerUp <= 0 ? "seul" : topic.RunnerUp / topic.Score < 0.6 ? "net" : "serré";
        // Whose data, and whether the wording said so: a name with nobody named is the riskiest decision of all.
        var whose = SubjectName(reading.Subject) + (reading.SubjectCue is null ? "?" : "");
        return string.Join('|', origin, kind, holding, rule, whose, margin);
    }

    private static string FirstWord(string text) => text.IndexOf(' ', StringComparison.Ordinal) is >= 0 and var space ? text[..space] : text;

    // The enum's names, without formatting an enum per field.
    private static string SubjectName(Subject subject) => subject switch
    {
        Subject.Applicant => nameof(Subject.Applicant),
        Subject.Household => nameof(Subject.Household),
        Subject.ThirdParty => nameof(Subject.ThirdParty),
        _ => nameof(Subject.Organisation),
    };

    private static string Reason(Topic topic, string? structureRule, FieldReading reading, DataItem? item, List<string> corrections,
        List<Negation> negations, Negation? negation, bool prefilled, string prefilledWhy, bool disabled, bool review)
    {
        if (item is null)
        {
            var why = negations.Count > 0
                ? $"non reconnu : la seule mention ({string.Join(" ; ", negations.Select(n => n.Text))}) est une négation"
                : topic.Why;
            return $"{why} ; {reading.Describe()} ; à revoir";
        }

        var reason = new StringBuilder(topic.Why, 256);
        if (corrections.Count > 0)
        {
            reason.Append(" (lu malgré la faute : ").AppendJoin(", ", corrections).Append(')');
        }

        if (topic.Rule is not null)
        {
            reason.Append(" ; ").Append(topic.Rule);
        }

        if (structureRule is not null)
        {
            reason.Append(" ; ").Append(structureRule);
        }

        reason.Append(" ; lecture : ");
        reading.Describe(reason);
        _ = item.Holding switch
        {
            Holding.Held => reason.Append(" ; détenue par ").Append(item.Provider)
                .Append(string.IsNullOrEmpty(item.Replacement) ? "" : $" ({item.Replacement})"),
            Holding.Key => reason.Append(" ; identifiant-clé : permet à l'administration de récupérer la donnée, non compté"),
            _ => reason.Append(" ; donnée non détenue par l'administration, non comptée"),
        };
        if (item.Holding == Holding.Held)
        {
            _ = prefilled ? reason.Append(" ; déjà remplie (").Append(prefilledWhy).Append("), non comptée")
                : disabled ? reason.Append(" ; champ désactivé, non demandé")
                : negation is not null ? reason.Append(" ; l'usager n'a pas à la fournir (« ").Append(negation.Text).Append(" »), non comptée")
                : reason.Append(" ; demandée à l'usager, comptée");
        }

        var ignored = negations.Where(n => n != negation).Select(n => n.Text).ToList();
        if (ignored.Count > 0)
        {
            reason.Append(" ; négation ignorée : « ").AppendJoin(" ; ", ignored).Append(" »");
        }

        return (review ? reason.Append(" ; à revoir") : reason).ToString();
    }

    private void AddPhrases(List<Hit> hits, TokenText tokens, Source source)
    {
        var weight = source switch
        {
            Source.Label => LabelWeight,
            Source.Placeholder => PlaceholderWeight,
            Source.Hint => HintWeight,
            Source.Legend => LegendWeight,
            Source.Options => OptionsWeight,
            _ => PageWeight,
        };
        foreach (var found in _cues.FindAll(tokens))
        {
            var cue = found.Entry.Value;
            if (cue.OwnWordsOnly && source is not (Source.Label or Source.Placeholder))
            {
                continue;
            }

            // « … au nom du demandeur », « facture à votre nom »: whose the thing is, not a name asked.
            if (cue.Item == _identity && OnBehalfOf(tokens, found.Start))
            {
                continue;
            }

            var score = weight * (1 + (0.3 * (found.Entry.Content - 1)));
            hits.Add(new Hit(cue.Item, source, score, found.Entry.Phrase, cue.Kind, found.Entry.Tokens.Length, found.Start, found.End));
        }
    }

    /// <summary>True when « nom » or « titre » at <paramref name="at"/> follows « au » or « à votre »: in someone's name, under a
    /// heading (« au titre de »), not a name or a civility asked.</summary>
    private static bool OnBehalfOf(TokenText text, int at) =>
        text.Folded[at] is "nom" or "titre" && at > 0 && (text.Folded[at - 1] == "au" || (at > 1 && text.Folded[at - 2] == "a" && FieldReader.Possessives.Contains(text.Folded[at - 1])));

    private void AddMarkupCues(List<Hit> hits, FieldObservation field)
    {
        if (!string.IsNullOrWhiteSpace(field.Autocomplete))
        {
            foreach (var token in field.Autocomplete.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10))
            {
                if (_byAutocomplete.TryGetValue(token.ToLowerInvariant(), out var item))
                {
                    hits.Add(new Hit(item, Source.Markup, AutocompleteWeight, $"autocomplete « {token} »", CueKind.Specific, 1));
                }
            }
        }

        // The name attribute only: the field's id is the walker's own reference, not the site's markup.
        foreach (var fragment in TextFolding.NameFragments(field.Name?.Length > 200 ? field.Name[..200] : field.Name).Distinct(StringComparer.Ordinal))
        {
            if (_byName.TryGetValue(fragment, out var items))
            {
                foreach (var item in items)
                {
                    hits.Add(new Hit(item, Source.Markup, NameWeight, $"attribut name « {fragment} »", CueKind.Specific, 1));
                }
            }
        }

        foreach (var sample in Samples(field))
        {
            foreach (var item in Catalogue.Items)
            {
                if (item.Patterns.Any(p => Matches(p, sample)))
                {
                    hits.Add(new Hit(item, Source.Markup, PatternWeight, $"format « {sample} »", CueKind.Specific, 1));
                }
            }
        }

        switch (field.Input?.ToLowerInvariant())
        {
            case "email" when Catalogue.Find("contact.email") is { } email:
                hits.Add(new Hit(email, Source.Markup, 1.0, "champ de type email", CueKind.Specific, 1));
                break;
            case "tel" when Catalogue.Find("contact.phone") is { } phone:
                hits.Add(new Hit(phone, Source.Markup, 1.0, "champ de type téléphone", CueKind.Specific, 1));
                break;
            case "password" when _notHeld is not null:
                hits.Add(new Hit(_notHeld, Source.Markup, 1.5, "champ mot de passe", CueKind.Specific, 1));
                break;
        }
    }

    private static bool Matches(Regex pattern, string sample)
    {
        try
        {
            return pattern.IsMatch(sample);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Values a pattern can be tried on: the placeholder, an example given in the hint, the value.</summary>
    private static IEnumerable<string> Samples(FieldObservation field)
    {
        if (!string.IsNullOrWhiteSpace(field.Placeholder) && field.Placeholder.Length <= 100)
        {
            yield return field.Placeholder.Trim();
        }

        if (field.Hint is { Length: <= 2000 } hint)
        {
            var m = HintExample().Match(hint);
            if (m.Success)
            {
                yield return m.Groups[1].Value.Trim();
            }
        }

        if (!string.IsNullOrWhiteSpace(field.Value) && field.Value.Length <= 100)
        {
            yield return field.Value.Trim();
        }
    }

    [GeneratedRegex(@"(?:[Ee]xemple|[Ee]x\.)\s*:?\s*([^,;()]+)", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex HintExample();

    private static void Add(Dictionary<string, Match> scores, Hit hit)
    {
        if (scores.TryGetValue(hit.Item.Id, out var existing))
        {
            // Agreement between places adds a little; the strongest cue explains the decision.
            scores[hit.Item.Id] = hit.Score > existing.Score
                ? new Match(hit.Item, hit.Score + (existing.Score * 0.1), hit, Math.Max(hit.Length, existing.Length))
                : existing with { Score = existing.Score + (hit.Score * 0.1), Length = Math.Max(hit.Length, existing.Length) };
        }
        else
        {
            scores[hit.Item.Id] = new Match(hit.Item, hit.Score, hit, hit.Length);
        }
    }

    private bool IsPrefilled(FieldObservation field, TokenText label, TokenText hint, out string why)
    {
        if (!field.FilledByProbe && !string.IsNullOrWhiteSpace(field.Value))
        {
            // The value itself stays out of the reason: it is personal data, and the evidence is read widely.
            why = field.ReadOnly ? "valeur affichée en lecture seule" : "valeur déjà affichée, modifiable";
            return true;
        }

        foreach (var text in new[] { hint, label })
        {
            if (_prefilledMarkers.First(text) is { } marker)
            {
                why = $"mention « {marker.Entry.Phrase} »";
                return true;
            }
        }

        why = "";
        return false;
    }

    private static string Domain(string id) => id.Split('.')[0];

    private static HashSet<string> ProviderWords(DataItem item) =>
        TextFolding.Tokens(item.Provider).Where(t => t.Length >= 3 && t is not ("api" or "via" or "les" or "des")).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whose data a field asks: the applicant unless its legend or section names a spouse or a child, or its label
    /// is about one ("Prénom de l'enfant", "Enfant 2 Nom"); "Nombre d'enfants à charge" is the applicant's household.
    /// </summary>
    public static string PersonOf(FieldObservation field) => PersonOf(TextFolding.Tokens(field.Legend), TextFolding.Tokens(field.Section), TextFolding.Tokens(field.Label));

    private static string PersonOf(List<string> legend, List<string> section, List<string> label)
    {
        foreach (var (tokens, isLabel) in new[] { (legend, false), (section, false), (label, true) })
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var numbered = i + 1 < tokens.Count && int.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
                var owned = !isLabel || numbered || (i > 0 && tokens[i - 1] is "l" or "votre" or "du" or "le" or "cet" or "chaque");
                switch (tokens[i])
                {
                    case "conjoint" or "epoux" or "epouse" or "concubin" or "concubine" or "partenaire" or "codemandeur" when owned:
                        return "conjoint";
                    case "enfant" when owned:
                        return numbered ? $"enfant {tokens[i + 1]}" : "enfant";
                    case "eleve" when numbered:
                        return $"élève {tokens[i + 1]}";
                }
            }
        }

        return Applicant;
    }

    private static string SourceName(Source source) => source switch
    {
        Source.Label => "libellé",
        Source.Placeholder => "texte indicatif",
        Source.Hint => "aide",
        Source.Legend => "groupe",
        Source.Options => "options",
        _ => "titre de page",
    };

    private static int IndexOf(List<string> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
            {
                all = string.Equals(tokens[i + j], phrase[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }
}
