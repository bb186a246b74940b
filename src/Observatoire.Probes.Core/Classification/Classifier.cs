using System.Text;
using Observatoire.Probes.Catalogue;
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
/// (docs/domain/dlnuf.md) then turn the topic into the decision: a third party's data is not held, another address
/// is not held, a public body's certificate is held, an identifier of a record is a key.</item>
/// </list>
/// Built once per catalogue; thread-safe.
/// </summary>
public sealed partial class Classifier
{
    public const string Applicant = "demandeur";

    // How much a cue found in each place is worth: the label is what the user answers to.
    private const double LabelWeight = 1.0;
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
    private readonly DataItem? _identityDocument;
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

    /// <summary>Fields of a held record whose values a form lists as choices (civil status, family situation, a company's legal
    /// form), as the catalogue writes their phrases.</summary>
    private static readonly HashSet<string> ListedValuesOf = new(StringComparer.Ordinal)
    {
        "civilité", "sexe", "genre", "situation familiale", "situation de famille", "situation matrimoniale", "état matrimonial",
        "forme juridique", "statut juridique", "catégorie juridique",
    };

    /// <summary>True when the phrase at <paramref name="at"/> follows « inscrit sur », « figurant dans » (an article or a
    /// possessive between): the paper a value is read from.</summary>
    private static bool WrittenOn(TokenText text, int at)
    {
        var k = FieldReader.IndexBefore(text, at);
        return k > 0 && text.Folded[k] is "sur" or "dans" && WrittenWords.Contains(text.Folded[k - 1]);
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

    private static readonly string FormWord = TextFolding.Tokens("formulaire")[0];

    private static readonly string Provision = TextFolding.Tokens("prestation")[0];

    private static readonly string Service = TextFolding.Tokens("service")[0];

    private static readonly string Permit = TextFolding.Tokens("permis")[0];

    /// <summary>« permis de visite » in a text, as written; or null.</summary>
    private static string? PermitNamedIn(TokenText text)
    {
        for (var i = 0; i + 2 < text.Count; i++)
        {
            // A fishing permit is sold by the anglers' associations, no public body (D37).
            if (text.Folded[i] == Permit && PermitOfAnotherKind(text, i) && !text.Folded.Skip(i + 2).Take(2).Contains(Fishing))
            {
                return $"{text.Plain[i]} {text.Plain[i + 1]} {text.Plain[i + 2]}";
            }
        }

        return null;
    }

    /// <summary>« permis de visite », « permis d'exploitation »: « de » then a word that is not « conduire » nor a licence's
    /// category (articles aside).</summary>
    private static bool PermitOfAnotherKind(TokenText text, int at)
    {
        var k = at + 1;
        if (k >= text.Count || text.Folded[k] is not ("de" or "d"))
        {
            return false;
        }

        k++;
        while (k < text.Count && text.Folded[k] is "l" or "la" or "le" or "les" or "un" or "une")
        {
            k++;
        }

        return k < text.Count && !Driving.Contains(text.Folded[k]) && text.Folded[k].Any(char.IsLetter) && text.Folded[k].Length > 1;
    }

    private static readonly string Fishing = TextFolding.Tokens("pêche")[0];

    private static readonly HashSet<string> Driving = Folded("conduire", "conduite", "catégorie", "catégories");

    /// <summary>
    /// Cues that are another word of the same letters, read where the text was matched, before any other rule, so that a
    /// heading's cue is not taken for a label that named a thing: a phone's « mobile » after a noun it qualifies (« Plateforme
    /// mobile », « Ordinateur portable »; after a phone word, a possessive or a preposition it is one), a sign put up for a trade
    /// name, an examination for studies, a project's acronym for an organisation's, a parent company for a parent.
    /// </summary>
    /// <remarks>A loop, not a predicate: it runs for every field, and a predicate would be an object each time.</remarks>
    private void DropCueCollisions(List<Hit> hits, int from, TokenText text)
    {
        for (var k = hits.Count - 1; k >= from; k--)
        {
            var h = hits[k];
            var collides = h.Cue switch
            {
                "mobile" or "portable" => h.Item.Id == "contact.phone" && h.Start > 0 && h.Start < text.Count
                    && !BeforeAPhone.Contains(text.Folded[h.Start - 1]) && text.Folded[h.Start - 1].Any(char.IsLetter),
                "enseigne" => IsSignDevice(h, text),
                "études" => IsExamination(h, text),
                "sigle" => IsThingsAcronym(h, text),
                "mère" or "père" => IsParentCompany(h, text),
                _ => false,
            };
            if (collides)
            {
                hits.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// « Type d'enseigne », « Enseigne lumineuse », « Support de l'enseigne projetée », a heading « Enseignes »: the sign a
    /// shop puts up, a thing with a kind, a size and a light, not the trade name its register holds (« Enseigne », « Nom
    /// commercial / enseigne », « Enseigne de l'établissement »).
    /// </summary>
    private static bool IsSignDevice(Hit h, TokenText text)
    {
        if (h.Start < 0 || h.Start >= text.Count)
        {
            return false;
        }

        var previous = h.Start - 1;
        while (previous >= 0 && text.Folded[previous] is "d" or "de" or "l" or "la" or "une" or "des" or "les" or "du")
        {
            previous--;
        }

        var next = h.Start + 1 < text.Count ? h.Start + 1 : -1;
        return text.Plain[h.Start].EndsWith('s')
            || (previous >= 0 && previous < h.Start - 1 && SignAttributes.Contains(text.Folded[previous]))
            || (next > 0 && (SignKinds.Contains(text.Folded[next]) || char.IsDigit(text.Folded[next][0]) || PhraseIndex<bool>.EndsAsParticiple(text.Plain[next])));
    }

    /// <summary>
    /// « Pièces nécessaires à l'étude de votre dossier », « Renseignements permettant l'étude des droits », « Étude d'impact »:
    /// one « étude » of something is the examination of a file or a survey, not studies (« Vos études », « Niveau d'étude »,
    /// « Études de médecine », always plural when they are a course).
    /// </summary>
    /// <remarks>Plural too when what is studied is a thing, not a course (« Étude de sol », « Les études de terrain »,
    /// « études d'impact »), or beside analyses and expert reports (« Acte, études, analyses », « études / analyses /
    /// expertises »): a survey or a report.</remarks>
    private static bool IsExamination(Hit h, TokenText text)
    {
        if (h.Item.Id != "education.student" || h.Start < 0 || h.Start + 1 >= text.Count)
        {
            return false;
        }

        var next = text.Folded[h.Start + 1];
        return (next is "de" or "du" or "des" or "d" && (text.Plain[h.Start] is "étude" or "etude"
                || (h.Start + 2 < text.Count && SurveyedThings.Contains(text.Folded[h.Start + 2]))))
            || ReportWords.Contains(next) || (h.Start > 0 && ReportWords.Contains(text.Folded[h.Start - 1]));
    }

    /// <summary>What a survey is of: the ground, a site, an impact, a market, a need, a risk.</summary>
    private static readonly HashSet<string> SurveyedThings = Folded("sol", "sols", "terrain", "terrains", "impact", "impacts", "faisabilité",
        "marché", "danger", "dangers", "besoin", "besoins", "incidence", "incidences", "risque", "risques");

    /// <summary>Reports a survey is listed with.</summary>
    private static readonly HashSet<string> ReportWords = Folded("analyse", "analyses", "expertise", "expertises", "diagnostic", "diagnostics", "acte", "actes");

    /// <summary>« Sigle du projet », « Sigle de la manifestation »: the acronym of a thing, not of an organisation (« Sigle »,
    /// « Sigle de l'association » are the register's).</summary>
    private bool IsThingsAcronym(Hit h, TokenText text)
    {
        if (h.Start < 0)
        {
            return false;
        }

        var k = h.Start + 1;
        while (k < text.Count && text.Folded[k] is "de" or "du" or "des" or "d" or "l" or "la" or "le" or "votre")
        {
            k++;
        }

        return k > h.Start + 1 && k < text.Count && !_reader.OrganisationAt(text, k);
    }

    /// <summary>
    /// A heading names the datum of the fields under it only when that datum is what the heading is about: its cue stands
    /// among its first words. Deep in a sentence the heading makes (« Sollicite l'autorisation de pratiquer la pêche
    /// au chalut pélagique en couple avec : », « Modèle : Déclarer une reprise d'activité rémunérée à sa caisse de retraite »,
    /// « Lieu(x) de conservation des biens … durant les études »), a word says where the block stands, not what « Navire »,
    /// « Date » or « Adresse de l'organisme » ask. A bare answer (« Oui ») keeps its question's words, wherever they stand.
    /// </summary>
    private static void DropDeepHeadingCues(List<Hit> hits, int fromLegend, int fromSection, TokenText label, TokenText legend, TokenText section)
    {
        if (label.Count == 0 || IsBareAnswer(label))
        {
            return;
        }

        for (var k = hits.Count - 1; k >= fromLegend; k--)
        {
            var heading = k >= fromSection ? section : legend;
            if (hits[k].Source == Source.Legend && hits[k].Start >= DeepInAHeading && heading.Count > DeepInAHeading)
            {
                hits.RemoveAt(k);
            }
        }
    }

    /// <summary>Where a heading's head ends: its cues up to there name its topic (measured on the read lines, stop 53: a cue
    /// from the seventh word on decided a label that named nothing rightly 8 times in 23).</summary>
    private const int DeepInAHeading = 6;

    /// <summary>« Raison sociale de la société mère », « Adresse de la maison mère »: the company a subsidiary belongs to, no
    /// person's mother or father.</summary>
    private static bool IsParentCompany(Hit h, TokenText text) =>
        h.Start > 0 && h.Start <= text.Count && ParentCompanyNouns.Contains(text.Folded[h.Start - 1]);

    private static readonly HashSet<string> ParentCompanyNouns = Folded("société", "maison", "entreprise", "groupe", "compagnie", "structure", "association",
        "fédération", "cellule", "holding");

    /// <summary>What a sign has: a kind, a support, a size, a light.</summary>
    private static readonly HashSet<string> SignAttributes = Folded("type", "support", "surface", "superficie", "dimension", "dimensions", "hauteur", "largeur",
        "longueur", "puissance", "nombre", "emplacement", "implantation", "matériau", "matériaux", "couleur", "photo", "photographie", "saillie", "pose",
        "dépose", "modèle", "format", "éclairage");

    /// <summary>What kind of sign, said after the word: « lumineuse », « numérique », « drapeau », « à faisceau », « sur façade »; or
    /// which one of several (« Enseigne n° 1 »).</summary>
    private static readonly HashSet<string> SignKinds = Folded("lumineuse", "lumineuses", "numérique", "numériques", "drapeau", "perpendiculaire", "parallèle",
        "temporaire", "temporaires", "à", "au", "sur", "en", "scellée", "murale", "n", "no", "n°", "numéro");

    /// <summary>What may stand before a phone's « mobile » or « portable »: a phone word, a possessive, a preposition, a conjunction.</summary>
    private static readonly HashSet<string> BeforeAPhone = Folded("téléphone", "tél", "tel", "numéro", "gsm", "ligne", "fixe", "mobile", "portable", "contact",
        "votre", "vos", "ton", "mon", "son", "sa", "ma", "de", "du", "d", "ou", "et", "sur", "au", "par", "le", "la", "un", "en", "via");

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

        // A trade register's number (RCS, RM) is the company's SIREN under the register's name: INSEE's key, not the extract
        // (D33's reasoning for the VAT number, rule 9), although the two holders differ.
        if (!_keyOf.ContainsKey("business.registration") && catalogue.Find("business.identifiers") is { Holding: Holding.Key } siren)
        {
            _keyOf["business.registration"] = siren;
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
        _identityDocument = catalogue.Find("identity.document");
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

    /// <summary>One field read alone: no block, no group. A field of a page is read in order with the others
    /// (<see cref="ClassifyInOrder"/>), which may decide differently (a bare « Nom » beside « Date de naissance »).</summary>
    public FieldDecision Classify(FieldObservation field) => Classify(field, AsRead(field), null, inOrder: false, out _);

    /// <summary>
    /// The decisions on fields in the order a page shows them (a walk's page, or a procedure's fields in order), each read
    /// with its block (see <see cref="FieldsInOrder"/>).
    /// </summary>
    public IReadOnlyList<FieldDecision> ClassifyInOrder(IReadOnlyList<FieldObservation> fields)
    {
        var decisions = new List<FieldDecision>(fields.Count);
        decisions.AddRange(ClassifyEach(fields));
        return decisions;
    }

    /// <summary>The same decisions, given group by group as the fields are read: a stream of any length (as
    /// <c>probes classify</c> reads one) costs the memory of one group (the fields under one page, section and legend).</summary>
    public IEnumerable<FieldDecision> ClassifyEach(IEnumerable<FieldObservation> fields)
    {
        var inOrder = new FieldsInOrder(this);
        foreach (var field in fields)
        {
            foreach (var decision in inOrder.Add(field))
            {
                yield return decision;
            }
        }

        foreach (var decision in inOrder.Complete())
        {
            yield return decision;
        }
    }

    /// <summary>
    /// Fields read one after the other, as a page shows them. Whose data a field asks is also read on its block: a field
    /// that names no one (« Code APE », « Voie ») right after a field of the same group that named another party
    /// (« Raison sociale » of a host company on a person's procedure, « Nom de l'employeur ») is that party's too, and so
    /// is the next, while each is that party's kind of data: a name, an address, an organisation's register facts, contact
    /// details (rule 1). A field under another administration, page, section or group, an upload, a label that speaks to
    /// the person (« Votre adresse ») or says whose its datum is (« Adresse du logement »), a choice that is not the party's
    /// datum, or any other datum ends the block.
    /// </summary>
    internal sealed class FieldsInOrder(Classifier classifier)
    {
        /// <summary>A page's group holds tens of fields; a stream with no headings at all is one group, and is decided this many
        /// fields at a time so that its memory and its wait stay bounded (the block goes on across).</summary>
        internal const int MaxGroup = 200;

        private (string?, string?, string?, string?) _group;
        private readonly List<(FieldObservation AsSeen, (FieldObservation Numbered, FieldObservation Field) Read)> _pending = [];
        private Block? _carried;

        /// <summary>Reads a field; returns the decisions of the group it closes (none while its group goes on). A group is
        /// decided whole because a field is also read with what its group asks further on (a birth, <see cref="Group.BirthNear"/>).</summary>
        public IReadOnlyList<FieldDecision> Add(FieldObservation field)
        {
            var read = classifier.AsRead(field);
            var group = (read.Field.Administration, read.Field.Page, read.Field.Section, read.Field.Legend);
            IReadOnlyList<FieldDecision> done = [];
            if (_pending.Count > 0 && group != _group)
            {
                done = Complete();
            }
            else if (_pending.Count >= MaxGroup)
            {
                done = Decide(_carried);
            }

            _group = group;
            _pending.Add((field, read));
            return done;
        }

        /// <summary>The decisions of the fields read and not yet given, in their order; the next field starts a new group.</summary>
        public IReadOnlyList<FieldDecision> Complete()
        {
            var decisions = Decide(_carried);
            _carried = null;
            return decisions;
        }

        private List<FieldDecision> Decide(Block? block)
        {
            // Only the field right before, in the same group, can open a block: another group between ends it.
            // A heading that only repeats its field's label is none (a kit that gives each field a fieldset of its own), its
            // numbering aside (« 3. Nom de l'employeur » over « Nom de l'employeur »).
            var group = new Group([.. _pending.Select(p => p.Read.Field)], classifier.LabelAsAsked);
            var decisions = new List<FieldDecision>(_pending.Count);
            for (var i = 0; i < _pending.Count; i++)
            {
                var (asSeen, read) = _pending[i];
                decisions.Add(classifier.Classify(asSeen, read, block, inOrder: true, out block, (group, i)));
            }

            _pending.Clear();
            _carried = block;
            return decisions;
        }
    }

    /// <summary>A label's words as the classifier reads them: its negations, conditions and asides set aside.</summary>
    private TokenText LabelAsAsked(string? label) => _negations.Clean(label, [], []);

    /// <summary>The fields of one group (one page, section and legend), as a field's reading may need what the others ask.
    /// Read only when a rule asks, and once: most fields never need it.</summary>
    internal sealed class Group(IReadOnlyList<FieldObservation> fields, Func<string?, TokenText> read)
    {
        /// <summary>How far from a field, in fields of its group, a birth still belongs to the same person's block.</summary>
        private const int Near = 6;

        private int[]? _births;

        /// <summary>The label of a field within a few fields of the one at <paramref name="index"/> that asks a birth and names
        /// no one (« Date de naissance », « Né(e) le », « Nom de naissance »), if one does: only a natural person is asked one,
        /// never an organisation nor the person who answers for it; a birth that names its owner (« … du gérant », « … de
        /// l'enfant ») says nothing of a bare name beside it.</summary>
        public string? BirthNear(int index)
        {
            _births ??= [.. Enumerable.Range(0, fields.Count).Where(i => AsksABirth(fields[i], read))];
            foreach (var i in _births)
            {
                if (Math.Abs(i - index) <= Near)
                {
                    return LabelOf(fields[i]);
                }
            }

            return null;
        }

        private static string? LabelOf(FieldObservation field) => string.IsNullOrWhiteSpace(field.Label) ? field.Placeholder : field.Label; // asked by its placeholder

        private static bool AsksABirth(FieldObservation field, Func<string?, TokenText> read)
        {
            if (field.IsUpload || field.Input is "textarea" or "checkbox" or "radio")
            {
                return false; // an act of birth uploaded, a question about one: no birth typed
            }

            var label = read(WithoutAsides(LabelOf(field))); // as the field itself is read, its asides (« (jj/mm/aaaa) », « (facultatif) ») set aside
            var born = false;
            for (var i = 0; i < label.Count; i++)
            {
                var word = label.Folded[i];
                if (!BareBirthWords.Contains(word))
                {
                    return false; // « Date de naissance de l'enfant », « Prime de naissance », « Je ne le connais pas »
                }

                born |= word is "naissance" or "naiss" or "ddn" || (word is "ne" or "nee" or "nes" or "nees" && i + 1 < label.Count && label.Folded[i + 1] is "le" or "a" or "en" or "au");
            }

            return born;
        }

        /// <summary>The label without what it says in brackets (« (jj/mm/aaaa) », « (voir notice) »), an inclusive « (e) » kept.</summary>
        private static string? WithoutAsides(string? label)
        {
            if (label is null || !label.Contains('('))
            {
                return label;
            }

            var kept = new System.Text.StringBuilder(label.Length);
            for (var i = 0; i < label.Length; i++)
            {
                var close = label[i] == '(' ? label.IndexOf(')', i) : -1;
                if (close > i + 3)
                {
                    i = close;
                    kept.Append(' ');
                    continue;
                }

                kept.Append(label[i]);
            }

            return kept.ToString();
        }

        /// <summary>The words of a birth asked of no one named (folded): « Date et lieu de naissance », « Né(e) le … à »,
        /// « Date de naiss. », « Commune de naissance », « Nom de naissance ».</summary>
        private static readonly HashSet<string> BareBirthWords = Folded("date", "lieu", "de", "d", "et", "naissance", "naiss", "ddn", "né", "née", "nés", "nées",
            "le", "à", "en", "au", "jour", "mois", "année", "commune", "ville", "pays", "département", "nom", "votre", "vous", "êtes", "ou", "n", "no",
            "obligatoire", "jj", "mm", "aaaa", "|");
    }

    /// <summary>Another party a field named, whose block the next fields of the same group may belong to.</summary>
    /// <summary>A block a field opens for the next ones: a party's (« Nom de l'employeur » then « Voie »), another address's
    /// (<paramref name="Place"/>: « Adresse des travaux » then « Code postal », « Ville », rule 3) or a birthplace's
    /// (<paramref name="Birth"/>: « Né(e) le » then « à (commune) », « ou Pays », rule 1).</summary>
    private sealed record Block(string Label, bool Organisation, bool Place = false, bool Birth = false)
    {
        /// <summary>The items a party's block takes: a person's name (not an organisation's), an address, an organisation's
        /// register facts, contact details, the party's own words or other data nobody holds. An address's block takes the
        /// address's other parts.</summary>
        public bool Takes(string? id) => Place ? id == "address.postal" : id is "contact.email" or "contact.phone" or "free.text" or "other.not_held"
            || (id is not null && DescribesParty(id) && (id != "identity.civil" || !Organisation));

        /// <summary>The items that describe a party: a name, an address, an organisation's register facts.</summary>
        public static bool DescribesParty(string? id) => id is "identity.civil" or "address.postal" or "business.identity" or "business.identifiers"
            or "business.accounts" or "association.registration" or "association.identifiers";
    }

    /// <summary>One field's decision; read in order, with the block it may belong to (<paramref name="carried"/>) and the block it
    /// leaves open for the next field (<paramref name="block"/>).</summary>
    [ThreadStatic]
    private static List<Hit>? _hits;

    private FieldDecision Classify(FieldObservation asSeen, (FieldObservation Numbered, FieldObservation Field) read, Block? carried, bool inOrder, out Block? block,
        (Group Fields, int Index)? group = null)
    {
        var (numbered, field) = read;
        var negations = new List<Negation>();
        var corrections = new List<string>();

        // A condition in the label (« Avis d'imposition (si vous n'avez pas de numéro fiscal) ») is context, read as a hint.
        var conditions = new List<TokenText>();
        var labelWords = new List<string>();
        // A field with no label but a placeholder (the walker's label source « placeholder ») is asked by its placeholder: it
        // reads as a label does, conditions, negations and persons included.
        // A placeholder that says the label more fully (« Nom » → « Nom de l'employeur », « Ville » → « Ville de naissance ») is read
        // as the label too: it says whose and which.
        var byPlaceholder = !string.IsNullOrWhiteSpace(field.Placeholder) && (string.IsNullOrWhiteSpace(field.Label) || SaysMoreFully(field.Label, field.Placeholder));
        var label = _typos.Correct(_negations.Clean(byPlaceholder ? field.Placeholder : field.Label, negations, conditions, labelWords), corrections);
        // A placeholder beside a label plays a hint's part (an example, « Ex : Dupont », or how to answer, « Précisez… »): it is
        // read as one. Read as the label, its words took the label's place (a wish in « Date à laquelle vous souhaitez… » was
        // looked for among the label's words, past their end).
        var hint = _typos.Correct(TokenText.Join([_negations.Clean(field.Hint, negations, null), .. byPlaceholder ? [] : new[] { _negations.Clean(field.Placeholder, negations, null) }, .. conditions]), corrections);
        var legendAsWritten = TokenText.Of(field.Legend);
        var legend = _typos.Correct(legendAsWritten, corrections);
        var sectionAsWritten = TokenText.Of(field.Section);
        var section = _typos.Correct(sectionAsWritten, corrections);
        var page = TokenText.Of(field.Page);
        var input = field.Input?.ToLowerInvariant();

        // One list a thread, emptied for each field: a field's hits never outlive its decision, and a new list a field was a
        // tenth of what classifying allocates.
        var hits = _hits ??= new List<Hit>(32);
        hits.Clear();
        AddPhrases(hits, label, Source.Label);
        DropCueCollisions(hits, 0, label);

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

        var fromHint = hits.Count;
        AddPhrases(hits, hint, Source.Hint);
        DropCueCollisions(hits, fromHint, hint);
        DropThingNames(hits, hint, Source.Hint);
        var fromLegend = hits.Count;
        AddPhrases(hits, legend, Source.Legend);
        DropCueCollisions(hits, fromLegend, legend);
        var sectionAsHint = field.IsUpload && !hits.Any(h => h.Source is Source.Label or Source.Hint);
        // « Formulaire de demande PERSONNES ÂGÉES - PERSONNES EN SITUATION DE HANDICAP » over a form's fields: the form's own
        // title, set as a heading, says whom the form is for, as a page title does; it names no datum of each field.
        var fromSection = hits.Count;
        AddPhrases(hits, section, sectionAsHint ? Source.Hint : section.Count > 0 && section.Folded[0] == FormWord ? Source.Page : Source.Legend);
        DropCueCollisions(hits, fromSection, section);
        DropDeepHeadingCues(hits, fromLegend, fromSection, label, legend, section);
        foreach (var option in field.Options.Take(60))
        {
            var optionText = TokenText.Of(option);
            var from = hits.Count;
            AddPhrases(hits, optionText, Source.Options);

            // « France Travail », « Mission locale » among kinds of structure: a body chosen by its name is no status of
            // the person's (rule 4 asks a status the choice names).
            if (hits.Count > from && NamesOnlyAPublicBody(optionText))
            {
                for (var k = hits.Count - 1; k >= from; k--)
                {
                    if (StatusItems.Contains(hits[k].Item.Id))
                    {
                        hits.RemoveAt(k);
                    }
                }
            }
        }

        // An upload whose label names no document (« Ajouter un document ») is named by its page or section (« Chômage »).
        var genericUpload = field.IsUpload && !hits.Any(h => h.Source is Source.Label or Source.Hint);
        var sectionNamed = sectionAsHint && !genericUpload;
        var fromPage = hits.Count;
        AddPhrases(hits, page, genericUpload || sectionNamed ? Source.Legend : Source.Page);

        // « Réglement intérieur » on the page « Demande d'agrément d'une association »: what the procedure asks for is granted
        // at its end, not held yet, and names no paper uploaded for it (rule 8: a request made now).
        if (genericUpload && hits.Count > fromPage)
        {
            for (var k = hits.Count - 1; k >= fromPage; k--)
            {
                if (hits[k].Item == _otherHeld && Requested(page, hits[k].Start))
                {
                    hits.RemoveAt(k);
                }
            }
        }

        // « Ajouter un document » under « Justificatif de situation professionnelle » on the page « Chômage »: the section names
        // the kind of proof, the page the status it proves.
        if (sectionNamed && hits.Any(h => h.Source == Source.Legend && h.Item.Holding == Holding.Held) && _notHeld is not null)
        {
            hits.RemoveAll(h => h.Source == Source.Hint && h.Item == _notHeld);
        }
        AddMarkupCues(hits, field);

        // « Référence de votre demande », « Numéro de référence »: a label whose head asks a number or an identifier asks a
        // key, never the person's own words, whatever words of a request follow it.
        if (label.Head is { } identifierHead && FieldReader.IdentifierWords.Contains(identifierHead) && _freeText is not null)
        {
            hits.RemoveAll(h => h.Item == _freeText && h.Source is Source.Label or Source.Markup);
        }

        // « Date de début » under « Avez-vous été en arrêt maladie ? »: a date that only bounds a period is the date of the
        // period its question names; a held one (a sick leave the health insurance paid) keeps its item, an unheld one
        // (« Avez-vous été en stage ? ») stays a date the person gives.
        if (IsBarePeriodBound(label) && _notHeld is not null && hits.Any(h => h.Source == Source.Legend && h.Item.Holding == Holding.Held))
        {
            hits.RemoveAll(h => h.Source == Source.Label && h.Item == _notHeld);
        }

        // A checkbox or radio that is one option of a question (« Pension alimentaire » under « Quel type de revenu
        // percevez-vous ? ») asks what its own text names; only a bare answer (« Oui ») takes its question's topic, and so
        // does a public body chosen as the answer (« CPAM » under « Quel est votre régime de sécurité sociale ? »).
        // Not when the question names a field of a held record whose values are listed (« Madame » under « Civilité »,
        // « Entreprise individuelle » under « Forme juridique de votre entreprise ») : each choice is a value of that field.
        if (input is "checkbox" or "radio" && label.Count > 0 && !IsBareAnswer(label) && !hits.Any(h => h.Source is Source.Label)
            && !NamesOnlyAPublicBody(label))
        {
            hits.RemoveAll(h => h.Source is Source.Page || (h.Source is Source.Legend && !ListedValuesOf.Contains(h.Cue)));
        }

        // « Aucune », « Autre » among a list's boxes (« Aides déjà perçues : APL, Bourse sur critères sociaux, Aucune ») names no
        // datum: the boxes that name one ask it (rule 4), one that answers none or something else asks nothing more.
        if (input == "checkbox" && label.Count > 0 && IsBareAnswer(label) && label.Folded.Any(NoneOrOther.Contains))
        {
            hits.RemoveAll(h => h.Source is Source.Legend or Source.Page);
        }

        // A text area asks for the person's own words: what its hint mentions (« Le consommateur la recevra par mail »,
        // « évitez les mots de passe ») is advice about them, not a datum, when the label itself names none.
        // A hint that begins by naming data (« Nom, prénom, adresse postale ») says what to type, though.
        if (input == "textarea" && label.Count > 0 && !hits.Any(h => h.Source is Source.Label)
            && hint.Folded.FindIndex(w => w != "|" && !PhraseIndex<int>.Skippable.Contains(w)) is var hintHead && !hits.Any(h => h.Source == Source.Hint && h.Start == hintHead))
        {
            hits.RemoveAll(h => h.Source == Source.Hint);
        }

        // A closed question is answered by a choice: a hint's « Si oui, précisez » asks for the next field's words, not this one's.
        if (input is "checkbox" or "radio" or "select" && _freeText is not null)
        {
            hits.RemoveAll(h => h.Item == _freeText && h.Source == Source.Hint);
        }

        // Cues that name something other than what is asked, each for its reason below: one pass over the hits (a pass per
        // reason made a delegate each, for every field).
        List<(int Start, int End)>? labelBodies = null, hintBodies = null;
        var firstInLabel = int.MaxValue;
        foreach (var h in hits)
        {
            firstInLabel = h.Source == Source.Label && h.Start >= 0 ? Math.Min(firstInLabel, h.Start) : firstInLabel;
        }

        hits.RemoveAll(h => WhereWritten(h) || TelAsWord(h) || AnotherPermit(h) || ServicesProvided(h) || PeopleReceived(h) || InBodyName(h) || Recipient(h) || Channel(h) || AskedFor(h));

        // « Inscrivez les heures inscrites sur votre fiche de paie »: a hint that says on which paper the value is written names
        // where to read it, not what is asked (an upload asks the paper itself). So does a label after what it asks: « Nom tel
        // qu'il figure sur votre pièce d'identité », « Adresse figurant sur votre avis d'imposition ».
        bool WhereWritten(Hit h) => !field.IsUpload && h.Start > 0
            && ((h.Source == Source.Hint && WrittenOn(hint, h.Start)) || (h.Source == Source.Label && h.Start > firstInLabel && WrittenOn(label, h.Start)));

        // « tel qu'indiqué », « telle qu'elle figure »: the word « tel », not the abbreviation of « téléphone ».
        TokenText? SourceText(Source source) => source switch
        {
            Source.Label => label,
            Source.Hint => hint,
            _ => null,
        };

        bool TelAsWord(Hit h) => h.Item.Id == "contact.phone" && h.Cue == "tél" && h.Start >= 0 && SourceText(h.Source) is { } text && h.Start < text.Count
            && (text.Plain[h.Start].ToLowerInvariant() is "telle" or "telles" or "tels" || (h.End < text.Count && text.Folded[h.End] is "qu" or "que"));

        // « Montant en prestation de service », « contrat de prestation de services »: services provided (the CAF's funding of a
        // structure, a supplier's work), not a benefit paid to a person.
        bool ServicesProvided(Hit h) => h.Item.Id == "social.benefits" && h.End > h.Start && SourceText(h.Source) is { } provided && h.End + 1 < provided.Count
            && provided.Folded[h.End - 1] == Provision && provided.Folded[h.End] is "de" or "d" && provided.Folded[h.End + 1] == Service;

        // « Permis de visite », « permis de transfert d'arme », « permis de travail »: a permit of another kind than the driving
        // one, wherever it is named (a page « Demande de permis de transfert d'arme » is no driving licence's). Each hit is read
        // in the texts its source may be (a section is read as a hint or as a group).
        bool AnotherPermit(Hit h) => h.Item.Id == "driving.licence" && h.Start >= 0
            && (h.Source switch { Source.Label => [label], Source.Hint => [hint, section], Source.Legend => [legend, section], Source.Page => [page, section], _ => Array.Empty<TokenText>() })
                .Any(t => h.Start < t.Count && t.Folded[h.Start] == Permit && PermitOfAnotherKind(t, h.Start));

        // A section « Contenu de la demande d'agrément », a page « Demande d'agrément »: the act this very procedure asks for does
        // not exist yet (rule 8), whatever the papers listed under it. Read in the heading or hint the cue was found in (a hit
        // keeps its place, not its text); a label keeps its own readings (« Formulaire de demande d'agrément »).
        bool AskedFor(Hit h) => h.Item == _otherHeld && h.Start > 0 && h.Source is Source.Hint or Source.Legend or Source.Page
            && new[] { hint, legend, section, page }.Any(t => h.Start < t.Count && t.Folded[h.Start] == TextFolding.Tokens(h.Cue).FirstOrDefault() && Requested(t, h.Start));

        // « Effectif maximal du public admis », « selon l'effectif accueilli »: how many people a place receives, not the company's
        // headcount.
        bool PeopleReceived(Hit h) => h.Item.Id == "business.accounts" && h.Cue is "effectif" or "effectifs" && h.Start >= 0 && SourceText(h.Source) is { } counted
            && counted.Folded.Skip(h.End).Take(3).Any(Received.Contains);

        // « Avis de l'architecte des bâtiments de France »: a word of a long public body's name is the body, not a datum it
        // names; a short one is its scheme too (« prestation d'assurance chômage » is the benefit).
        // Each text's bodies are found once, and only for a text that has a cue.
        bool InBodyName(Hit h) => h.Source is Source.Label or Source.Hint && h.Start >= 0 && FieldReader.Inside(h.Source == Source.Label
            ? labelBodies ??= _reader.PublicBodiesIn(label, minWords: 3)
            : hintBodies ??= _reader.PublicBodiesIn(hint, minWords: 3), h.Start, h.End);

        // « Attestation d'employeur destinée à France Travail »: whom a paper is sent to is not what it is.
        bool Recipient(Hit h) => h.Source == Source.Label && h.Start > 0 && FieldReader.AddressedTo(label, h.Start);

        // « Il figure dans le courriel de confirmation », « le code envoyé sur votre téléphone »: a channel the hint names after a
        // preposition is how something reached the person, not the datum asked.
        bool Channel(Hit h) => h.Source == Source.Hint && h.Item.Id is "contact.email" or "contact.phone" && h.Start >= 0
            && FieldReader.WordBefore(hint, h.Start) is { } before && ChannelPrepositions.Contains(before);

        var asked = label;
        var texts = new FieldReader.Texts(asked, hint, legend, section, page, input, field.Administration)
        {
            Name = TokenText.OfName(NameWords(field.Name)),
            Closed = IsClosed(field, input),
            Options = field.Options,
            Public = field.Public,
            LabelAsWritten = byPlaceholder || label.Count == 0 ? field.Placeholder : field.Label,
            LabelNamesItem = hits.Exists(h => h.Source == Source.Label && h.Kind != CueKind.Generic),
            Group = group?.Fields,
            GroupIndex = group?.Index ?? 0,
        };
        var reading = _reader.Read(texts);
        var topic = ChooseTopic(field, hits, asked, hint, TokenText.Join([legend, section]), negations);
        // A field that speaks to the person is theirs and opens no block. A choice stays in a party's block only when it is
        // that party's datum (« Statut juridique » of the host company).
        var speaksToPerson = inOrder && SpeaksToPerson(asked);
        var inBlock = carried is { Birth: false } && !field.IsUpload && !speaksToPerson && !SaysWhatItIsOf(asked)
            && reading is { Subject: Subject.Applicant, SubjectCue: null } && carried.Takes(topic.Item?.Id)
            && (!texts.Closed || Block.DescribesParty(topic.Item?.Id));
        if (inBlock && carried!.Place)
        {
            // A question about the place (« Bâtiment existant depuis plus de 2 ans ? ») is no part of its address; a list of
            // towns is.
            inBlock = reading.Qualifier == Qualifier.None && texts.Input is not ("radio" or "checkbox");
            reading = inBlock ? reading with { Qualifier = Qualifier.OtherAddress, QualifierCue = $"champ précédent « {carried.Label} »" } : reading;
        }
        else if (inBlock)
        {
            reading = reading with { Subject = Subject.ThirdParty, SubjectCue = $"champ précédent « {carried!.Label} »", ByTypist = false };
        }

        var (item, structureRule) = Structure(reading, topic, texts);
        block = !inOrder || speaksToPerson ? null : inBlock ? carried : BlockStartedBy(field, texts.Closed, reading, topic, item, structureRule);

        // « Né(e) le : » then « à (commune) : », « Département : », « ou Pays : »: the parts of a birthplace, whatever each
        // alone would be read as (a town, a territory, a country), are the civil status (rule 1).
        // The label as read (a case « (si né à l'étranger) » moved out) or as written (the read label can lose « (commune) »).
        if (carried is { Birth: true } && !field.IsUpload && _identity is not null
            && (IsPlacePart(asked) || IsPlacePart(TokenText.Of(string.IsNullOrWhiteSpace(field.Label) ? field.Placeholder : field.Label))))
        {
            item = _identity;
            structureRule = $"lieu de naissance (champ précédent « {carried.Label} ») : l'état civil le détient (règle 1)";
            block = carried;
        }

        // An organisation that is an association (its page, section, group or administration says so) is in the RNA, not
        // SIRENE: its name, seat and officers are its registration (rule 1).
        if (item is not null && item == _businessIdentity && _associationRegistration is not null && AssociationNamedIn(texts) is { } association
            && !SireneOnly(topic.Why) && !SireneOnly(texts.LabelAsWritten ?? ""))
        {
            item = _associationRegistration;
            structureRule = $"{structureRule}{(structureRule is null ? "" : " ; ")}organisation qui est une association ({association}) : le RNA la décrit (règle 1)";
        }

        // « CRÉATION d'une ASSOCIATION DÉCLARATION PRÉALABLE », « Association en cours de création »: an organisation whose
        // creation the procedure declares is in no register yet, so its name, seat, form and officers are told, not held
        // (rule 1), whichever rule gave them the register's item. Only a heading says what the procedure does (« Récépissé de
        // création en préfecture » in a label is a paper of a past one).
        if (item?.Id is "association.registration" or "association.identifiers" or "business.identity" or "business.identifiers" or "business.registration"
            && _notHeld is not null && OrganisationBeingCreated(texts) is { } creation)
        {
            item = _notHeld;
            structureRule = $"organisation en cours de création ({creation}) : aucun registre ne la connaît encore (règle 1)";
        }

        var prefilled = IsPrefilled(field, label, hint, out var prefilledWhy);
        // Whose datum: a heading that repeats the label still says it (« Nom de naissance (conjoint) » as legend and label).
        var person = PersonOf(TokenText.Of(numbered.Legend).Folded, TokenText.Of(numbered.Section).Folded, labelWords);
        var negation = item is null ? null : negations.FirstOrDefault(n => n.Self || n.Objects.Contains(item));
        var counted = item is { Holding: Holding.Held } && !prefilled && !field.Disabled && negation is null;
        var path = PathOf(topic, structureRule, reading, item, field);
        var confidence = item is null ? 0 : Calibration.Embedded.Confidence(path);
        SecondReading.Heard(asSeen, texts, reading);
        // A field the site pre-filled or locked counts whatever its item: the second reading, which reads words, has no say.
        var review = Review(item, confidence, prefilled || field.Disabled ? null : counted, asSeen, texts, reading);

        var reason = Reason(topic, structureRule, reading, item, corrections, negations, negation, prefilled, prefilledWhy, field.Disabled, review);
        return new FieldDecision
        {
            FieldId = field.Id,
            FieldLabel = asSeen.DisplayLabel,
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
            Ambiguous = review is not null,
            Person = person,
            Selector = field.Selector,
            Reading = reading,
            Path = path,
        };
    }

    /// <summary>The field as it is read: without its numbering (<see cref="WithoutNumbering"/>), then without the headings that
    /// only repeat its label (<see cref="WithoutRepeatedHeadings"/>), which say whose datum all the same.</summary>
    private (FieldObservation Numbered, FieldObservation Field) AsRead(FieldObservation field)
    {
        var numbered = WithoutNumbering(field);
        return (numbered, WithoutRepeatedHeadings(numbered));
    }

    /// <summary>
    /// The field without the number a form puts before its questions and headings (« 3. Nom », « b) Adresse », « II. Vos
    /// ressources », « 4 - Situation familiale »): a numbering is no word of what is asked, and read as one it took the
    /// place of the label's first word, which many readings go by. A number that is part of the wording stays (« 3 derniers
    /// bulletins de salaire »).
    /// </summary>
    private FieldObservation WithoutNumbering(FieldObservation field)
    {
        string? Strip(string? text) => text?.TrimStart() is not { Length: >= 3 } start || !(char.IsAsciiDigit(start[0]) || char.IsAsciiLetter(start[0]))
            ? text
            : Numbering().Match(text) is { Success: true } m ? text[m.Length..] : text;
        var (label, legend, section) = (WithoutInstruction(WithoutDashedRequirement(Strip(field.Label))), Strip(field.Legend), Strip(field.Section));
        // « Conjoint : Nom », « Avis d'imposition : Le numéro fiscal »: a kit without fieldsets writes the group's heading before
        // the label; what follows the colon is asked, what comes before is the group's, read as its legend.
        if (string.IsNullOrWhiteSpace(legend) && label is { Length: > 6 } && HeadingFirst(label) is var colon && colon > 0)
        {
            (legend, label) = (label[..colon].TrimEnd(), label[(colon + 1)..].TrimStart());
        }

        // A page named after its step first (« Étape 3 sur 5 : Où est située la friche ? »): what it is about comes after.
        var page = field.Page is { Length: > 6 } title && StepFirst().Match(title) is { Success: true } step ? title[step.Length..] : field.Page;
        return ReferenceEquals(label, field.Label) && ReferenceEquals(legend, field.Legend) && ReferenceEquals(section, field.Section) && ReferenceEquals(page, field.Page)
            ? field
            : field with { Label = label, Legend = legend, Section = section, Page = page };
    }

    /// <summary>The folded heading (legend, section or page title) that holds a free-text cue (« Motif de la demande de carte
    /// d'identité »), or null.</summary>
    private static string? RequestHeading(FieldObservation field, List<Hit> hits)
    {
        foreach (var heading in (ReadOnlySpan<string?>)[field.Legend, field.Section, field.Page])
        {
            var folded = TextFolding.Fold(heading);
            if (folded.Length > 0 && hits.Exists(h => h.Item.Id == "free.text" && h.Source is Source.Legend or Source.Page && folded.Contains(TextFolding.Fold(h.Cue), StringComparison.Ordinal)))
            {
                return folded;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="placeholder"/> begins with the words of <paramref name="label"/> and goes on.</summary>
    private static bool SaysMoreFully(string label, string placeholder)
    {
        var asked = TextFolding.Tokens(label);
        asked.RemoveAll(Negations.IsRequirementWord);
        if (asked.Count == 0 || placeholder.Length <= label.Length)
        {
            return false;
        }

        var fuller = TextFolding.Tokens(placeholder);
        // A few words more name whose or which (« de l'employeur », « de naissance »); a sentence that begins with the label's
        // words explains it (« Nom de naissance pour une femme mariée »): that is a hint.
        if (fuller.Count <= asked.Count || fuller.Count > asked.Count + 4)
        {
            return false;
        }

        for (var i = 0; i < asked.Count; i++)
        {
            if (fuller[i] != asked[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A label without the instruction to type that some forms put before what they ask (« Indiquez : Nom », « Veuillez
    /// saisir votre numéro fiscal », « Merci d'indiquer la commune », « Renseignez le numéro SIRET »): the instruction is
    /// no word of what is asked, and read as one it took the place of the label's first word (a bare « Nom » was no
    /// longer bare, a key no longer began with « Numéro »). An instruction alone (« Veuillez indiquer : ») stays, and so does one
    /// before a condition (« Indiquez si vous percevez l'AAH »: without it, the question would be read as a condition only).
    /// </summary>
    private static string? WithoutInstruction(string? label) =>
        label is { Length: > 8 } && (label[0] is 'V' or 'v' or 'M' or 'm' or 'I' or 'i' or 'S' or 's' or 'R' or 'r' or 'E' or 'e' or 'C' or 'c' or 'T' or 't' or ' ')
            && Instruction().Match(label) is { Success: true } m ? label[m.Length..] : label;

    /// <summary>A label without whether it must be filled written after a dash (« Nom - obligatoire »), as the same words in
    /// brackets are read (<see cref="Negations.IsRequirementWord"/>).</summary>
    private static string? WithoutDashedRequirement(string? label)
    {
        var dash = label is { Length: > 8 } ? label.LastIndexOfAny(['-', '–', '—']) : -1;
        if (dash <= 0 || label![dash - 1] != ' ' || dash + 1 >= label.Length || label[dash + 1] != ' ')
        {
            return label;
        }

        var tail = TextFolding.Tokens(label[(dash + 1)..]);
        return tail.Count > 0 && tail.TrueForAll(Negations.IsRequirementWord) ? label[..dash].TrimEnd() : label;
    }

    /// <summary>The place of the colon that closes a heading written before a short label (« Conjoint : Nom », a few words each side,
    /// the label's first a word from a capital), or -1: a longer text after it lists what to give (« Vie professionnelle : contrat de travail,
    /// attestation… »), a bracket after it says how (« Profondeur : (en m) »), a colon in a bracket is the bracket's
    /// (« Courriel (exemple : nom@domaine.fr) »).</summary>
    private int HeadingFirst(string label)
    {
        var colon = label.IndexOf(':');
        if (colon <= 0 || colon != label.LastIndexOf(':') || colon + 2 >= label.Length || !char.IsUpper(label[(colon + 1)..].TrimStart().FirstOrDefault())
            || label.AsSpan(0, colon).Count('(') != label.AsSpan(0, colon).Count(')'))
        {
            return -1;
        }

        // A label is written from a capital; what follows in small letters says where to find the answer or what to give
        // (« Numéro fiscal : voir avis d'imposition », « Justificatif de domicile : facture de moins de 3 mois »), an answer
        // says yes or no (« Allocataire CAF : Oui »), « Voir » where to read it (« Numéro SIRET : Voir extrait Kbis »), and a
        // heading with a negation says what not to give (« Ne pas joindre : … »).
        var after = label[(colon + 1)..].Trim();
        if (after.Equals("oui", StringComparison.OrdinalIgnoreCase) || after.Equals("non", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("voir ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("cf", StringComparison.OrdinalIgnoreCase)
            || _negations.Negates(label[..colon]))
        {
            return -1;
        }

        return Words(label.AsSpan(0, colon)) is >= 1 and <= 12 && Words(label.AsSpan(colon + 1)) is >= 1 and <= 6 ? colon : -1;

        static int Words(ReadOnlySpan<char> text)
        {
            var count = 0;
            foreach (var range in text.Split(' '))
            {
                count += text[range].IsWhiteSpace() ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>
    /// The field without a legend or a section that only repeats its label (a kit that wraps each field in a fieldset of
    /// its own, legend and label the same, « Attestation d'assurance habitation »): a heading read as a group's
    /// says whose data its fields are (« groupe « assurance » »: an insurer's), and a label repeated says nothing more.
    /// </summary>
    private static FieldObservation WithoutRepeatedHeadings(FieldObservation field)
    {
        if (string.IsNullOrWhiteSpace(field.Label) || (field.Legend is null && field.Section is null))
        {
            return field;
        }

        string? label = null;
        bool Repeats(string? heading) => heading is not null && Math.Abs(heading.Length - field.Label.Length) < 12 && FirstLetter(heading) == FirstLetter(field.Label)
            && Words(heading) == (label ??= Words(field.Label));
        var (legend, section) = (Repeats(field.Legend), Repeats(field.Section));
        return legend || section ? field with { Legend = legend ? null : field.Legend, Section = section ? null : field.Section } : field;

        static string Words(string text) => string.Join(' ', TextFolding.Tokens(text).Where(t => !Negations.IsRequirementWord(t)));

        // Most headings differ from their label from the first letter: only those that do not are read word by word.
        static char FirstLetter(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return char.ToLowerInvariant(c);
                }
            }

            return '\0';
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*(?:[.)]|\s[-–—])|[a-hA-H][.)]|[IVX]{1,4}[.)]|[Qq]\d{1,2}\s*[.):\-–—]?)\s+(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Numbering();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:veuillez\s+|merci\s+(?:de\s+|d['’]\s*))(?:nous\s+)?)?(?:indiquer|indiquez|indique|saisir|saisissez|saisis|renseigner|renseignez|renseigne|entrer|entrez|inscrire|inscrivez|inscris|taper|tapez|tape|compl[ée]ter|compl[ée]tez)\s*:?\s+(?!si\s|s['’])(?=[\p{L}\p{N}«""(])", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Instruction();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[ÉEé]tape|ETAPE|ÉTAPE|Step)\s*\d{1,2}\s*(?:(?:sur|/)\s*\d{1,2})?\s*[:.\-–—]\s*(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StepFirst();

    /// <summary>The block a field starts when it names another party in its own words (its label, hint or developer's name) and
    /// is decided theirs: a third party, or an organisation named on a person's procedure; or null.</summary>
    private Block? BlockStartedBy(FieldObservation field, bool closed, FieldReading reading, Topic topic, DataItem? item, string? structureRule)
    {
        // A party's block starts with a datum typed about it (« Nom de l'employeur », « Raison sociale »), not a choice about it,
        // unless the choice is what kind of party it is (« Le bailleur est-il un particulier ou une personne morale ? »): the
        // party's name and details follow.
        if (closed && !field.IsUpload && item == _notHeld && field.DisplayLabel is { Length: > 0 } kindAsked
            && reading is { Subject: Subject.ThirdParty, SubjectCue: { } kindCue } && kindCue.StartsWith("libellé", StringComparison.Ordinal)
            && NamesKindsOfParty(field))
        {
            return new Block(kindAsked, Organisation: false);
        }

        // A birth date or place typed opens its place's parts.
        if (!field.IsUpload && item == _identity && field.DisplayLabel is { Length: > 0 } born && NamesBirth(TokenText.Of(born)))
        {
            return new Block(born, Organisation: false, Birth: true);
        }

        if (field.IsUpload || closed || item is null || item != _notHeld || field.DisplayLabel is not { Length: > 0 } label)
        {
            return null;
        }

        // The applicant's own field naming another place (« Adresse des travaux », « Adresse à l'étranger »): the address's
        // other parts follow it.
        // A bare part (« Pays », « Commune ») names no place of its own: it opens nothing.
        if (topic.Item?.Id == "address.postal" && reading is { Subject: Subject.Applicant, Qualifier: Qualifier.OtherAddress } && !IsPlacePart(TokenText.Of(label)))
        {
            return new Block(label, Organisation: false, Place: true);
        }

        if (structureRule?.StartsWith(OrganisationOnPersonsProcedure, StringComparison.Ordinal) == true)
        {
            return new Block(label, Organisation: true);
        }

        return reading is { Subject: Subject.ThirdParty, SubjectCue: { } cue }
            && (cue.StartsWith("libellé", StringComparison.Ordinal) || cue.StartsWith("aide", StringComparison.Ordinal) || cue.StartsWith("nom technique", StringComparison.Ordinal))
            ? new Block(label, Organisation: topic.Item?.Id is { } id && (id.StartsWith("business.", StringComparison.Ordinal) || id.StartsWith("association.", StringComparison.Ordinal)))
            : null;
    }

    /// <summary>« Né(e) le », « Date de naissance », « Lieu de naissance ».</summary>
    private static bool NamesBirth(TokenText label) => label.Folded.Contains("naissance") || (label.Count > 0 && label.Folded[0] is "ne" or "nee");

    private static readonly HashSet<string> PlaceWords = TextFolding.Folded("commune", "ville", "département", "collectivité", "pays", "région", "province",
        "localité", "territoire");

    /// <summary>Words that join a place's parts, and an aside's words, which are no wording (D36): « (obligatoire) »,
    /// « [facultatif] », « (en majuscules) », « (le cas échéant) », « (voir notice) ».</summary>
    private static readonly HashSet<string> PlaceLinks = TextFolding.Folded("à", "ou", "d", "de", "du", "outre", "mer", "lieu", "état", "|",
        "obligatoire", "facultatif", "optionnel", "requis", "en", "majuscules", "lettres", "capitales", "le", "cas", "échéant", "voir", "notice");

    /// <summary>A label made of a place's words only (« à (commune) », « ou Collectivité d'Outre-mer », « PAYS », « À »).</summary>
    private static bool IsPlacePart(TokenText label) =>
        label.Count > 0 && label.Folded.All(w => PlaceWords.Contains(w) || PlaceLinks.Contains(w))
        && (label.Folded.Any(PlaceWords.Contains) || label.Folded is ["a"]);

    /// <summary>True when a question's label or choices offer kinds of party: a private person or a legal one.</summary>
    private static bool NamesKindsOfParty(FieldObservation field) =>
        TokenText.Of(field.Label).Folded.Concat(field.Options.Take(10).SelectMany(o => TokenText.Of(o).Folded)) is var words
        && (words.Contains("particulier") || words.Contains(Legal) || words.Contains("physique"));

    private static readonly string Legal = TextFolding.Tokens("morale")[0];

    /// <summary>A label that says what its datum is of (« Adresse du logement », « Nom de la commune »): whose it is, it says
    /// itself; « Date de création », « Code postal » only say what kind of datum.</summary>
    private static bool SaysWhatItIsOf(TokenText asked)
    {
        for (var i = 0; i < asked.Count; i++)
        {
            if (asked.Folded[i] is "du" or "des" or "au" or "aux"
                || (asked.Folded[i] is "de" or "d" && i + 1 < asked.Count && asked.Folded[i + 1] is "la" or "l" or "le" or "les" or "un" or "une" or "son" or "sa" or "ses" or "leur"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label that speaks to, or for, the person (« Quel est votre prénom ? », « Je suis »).</summary>
    private static bool SpeaksToPerson(TokenText asked) => asked.Folded.Any(w => w == FieldReader.You || PersonWords.Contains(w));

    /// <summary>A label that names an organisation where neither it, the legend nor the page speaks to the person.</summary>
    private bool AsksOrganisationKinds(TokenText asked, TokenText legend, string? page) => _reader.NamesOrganisation(asked)
        && !SpeaksToPerson(asked) && !SpeaksToPerson(legend) && !SpeaksToPerson(TokenText.Of(page));

    /// <summary>Words by which a label speaks to, or for, the person (« tu », « je », « votre »…); « vous » is <see cref="FieldReader.You"/>.</summary>
    private static readonly HashSet<string> PersonWords = [.. Folded("tu", "je", "j"), .. FieldReader.Possessives];

    /// <summary>« Stationnez-vous… ? », « Verrouillez-vous… ? »: a question in the second person about what the person does;
    /// not one about what they have or receive (« Avez-vous… », « Percevez-vous… », « Êtes-vous… »).</summary>
    private static bool AsksWhatThePersonDoes(TokenText label) => label.Folded.Where((w, i) =>
        i + 1 < label.Count && label.Folded[i + 1] == FieldReader.You && w.Length > 3 && w.EndsWith("ez", StringComparison.Ordinal) && !HaveOrReceive.Contains(w)).Any();

    /// <summary>« Date de début », « Date de fin », « Depuis le »: a label that only bounds a period.</summary>
    private static bool IsBarePeriodBound(TokenText label) =>
        label.Count > 0 && label.Has(PeriodBounds) && label.Folded.All(t => PeriodBounds.Contains(t) || t == "date" || PhraseIndex<int>.Skippable.Contains(t));

    private static readonly HashSet<string> PeriodBounds = Folded("début", "fin", "depuis", "jusqu");

    private static readonly HashSet<string> BareAnswers = Folded("oui", "non", "je", "ne", "sais", "pas", "nsp", "aucun", "aucune", "autre", "sans", "objet");

    /// <summary>The bare answers that say none or something else, not yes or no.</summary>
    private static readonly HashSet<string> NoneOrOther = Folded("aucun", "aucune", "autre", "objet", "sais", "nsp");

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
        input is "select" or "radio" or "checkbox"
        || (field.Label?.TrimEnd().EndsWith('?') == true
            && (input is not ("text" or "email" or "tel" or "number" or "textarea" or "search" or "url") || AsksAQuestion(field.Label)));

    /// <summary>A label that is a question (« À quelle caisse êtes-vous affilié ? », « Bénéficiez-vous du Pass'Sport ? »), not a
    /// datum's name a page ended with « ? » (« Code postal ? »): a typed box under it answers a question all the same.</summary>
    private static bool AsksAQuestion(string label)
    {
        foreach (var word in TextFolding.Tokens(label))
        {
            if (AskingWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> AskingWords = Folded("vous", "tu", "quel", "quelle", "quels", "quelles", "lequel", "laquelle",
        "lesquels", "lesquelles", "combien", "comment", "pourquoi");

    /// <summary>The words of a label that asks a name and nothing else (« Nom », « Votre prénom », « Nom d'usage », « Quel est votre
    /// nom ? », « Nom complet (obligatoire) », « Genre »): a label that names anyone (« Nom du salarié ») or asks more (a birth
    /// date) is not bare.</summary>
    private static readonly HashSet<string> BareNameWords = Folded("nom", "noms", "prénom", "prénoms", "civilité", "genre", "sexe", "usage", "naissance", "famille", "usuel",
        "complet", "votre", "vos", "ton", "ta", "mon", "ma", "quel", "quels", "est", "sont", "de", "d", "et", "ou", "le", "la", "l", "s",
        // whether the field must be filled says nothing about whose name it is
        "obligatoire", "facultatif", "optionnel", "requis");

    private static bool IsBareName(TokenText label) => label.Count > 0 && label.Folded.All(w => w == "|" || BareNameWords.Contains(w))
        && label.Folded.Any(w => w is "nom" or "noms" or "prenom" or "prenoms" or "civilite" or "genre" or "sexe");

    private static bool IsBareAnswer(TokenText label) => label.Folded.All(t => t == "|" || BareAnswers.Contains(t));

    /// <summary>
    /// A decision is flagged « à revoir » when the chance it is wrong reaches this: one minus its calibrated confidence times
    /// the agreement of the second reading (<see cref="SecondReading"/>) with whether it counts; the confidence alone for a
    /// field the site pre-filled or locked, which counts whatever its item. A decision no cue reached
    /// (no item) is always flagged. Chosen out of fold on the lines outside the held-out part, where it flags about a tenth
    /// of the fields (stop 51; before, two thresholds on the confidence alone, 0.625 and 0.80 for a counted decision).
    /// </summary>
    public const double ReviewRisk = 0.78;

    /// <summary>Why a decision waits for a reviewer (the tail of its reason), or null when it need not.</summary>
    private static string? Review(DataItem? item, double confidence, bool? counted, FieldObservation asSeen, FieldReader.Texts texts, FieldReading reading)
    {
        if (item is null)
        {
            return " ; à revoir";
        }

        if (counted is not { } counts)
        {
            return 1 - confidence < ReviewRisk ? null : " ; à revoir";
        }

        var p = SecondReading.Embedded.Counts(asSeen, texts, reading);
        var agreement = counts ? p : 1 - p;
        if (1 - confidence * agreement < ReviewRisk)
        {
            return null;
        }

        // As a French reader writes them: « 0,93 », « 8 % ».
        var sure = confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
        return $" ; à revoir (confiance {sure}, seconde lecture : compté à {Math.Round(p * 100):0} %)";
    }

    /// <summary>True when « et », « avec » or « ainsi que » joins what ends at <paramref name="end"/> to what starts at
    /// <paramref name="start"/>, in one sentence and with no alternative (« ou », « sinon ») or case (« si ») between.</summary>
    private static bool AskedTogether(TokenText asked, int end, int start)
    {
        var joined = false;
        for (var k = end; k < start && k < asked.Count; k++)
        {
            var word = asked.Folded[k];
            if (word is "|" or "ou" or "si" or "sinon" or "soit" || SayingWords.Contains(word))
            {
                return false;
            }

            if (word is "et" or "avec" or "ainsi")
            {
                // « … des ressources et de la situation familiale »: « et de » goes on with what the first paper says.
                var next = k + 1;
                while (next < asked.Count && asked.Folded[next] is "que" or "la" or "le" or "les" or "l" or "un" or "une")
                {
                    next++;
                }

                joined |= next < asked.Count && asked.Folded[next] is not ("de" or "du" or "d" or "des");
            }
        }

        return joined;
    }

    /// <summary>The catalogue item the wording names, with the reading rules of the topic itself (wishes, keys, generic cues).</summary>
    private Topic ChooseTopic(FieldObservation field, List<Hit> hits, TokenText asked, TokenText hint, TokenText legend, List<Negation> negations)
    {
        // One table per thread, emptied for each field (ChooseTopic and Decide only read it; emptied, it keeps the order items come in).
        var scores = _scores ??= new Dictionary<string, Match>(StringComparer.Ordinal);
        scores.Clear();
        // A heading's free-text cue (« Votre demande », « Description du projet ») says what its part of the form is about, not
        // what a box asks: « Classe », « Département », « Numéro de votre DPE » under « Votre demande » are read by their own words.
        // When the box's own words name nothing (« Autre » under « Motif de la demande de carte d'identité »), that heading's
        // other words are the request's subject, not the box's: they are dropped with it.
        if (field.Input != "textarea" && hits.Exists(h => h.Item.Id == "free.text" && h.Source is Source.Legend or Source.Page))
        {
            var request = hits.Exists(h => h.Source is Source.Label or Source.Hint or Source.Markup && h.Item.Id != "free.text") ? null : RequestHeading(field, hits);
            hits.RemoveAll(h => h.Source is Source.Legend or Source.Page && (h.Item.Id == "free.text" || (request is not null && request.Contains(TextFolding.Fold(h.Cue), StringComparison.Ordinal))));
        }

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
        // Not when the label asks about an organisation and not the person (« Type de structure » over « Apprentissage
        // (CFA…) », « École de la 2e chance »): its choices are kinds of organisations. « Dans quel type d'établissement
        // étudies-tu ? », or « Quel établissement » on the page « Vous êtes en CEJ avec quel établissement ? », still asks
        // the person's situation.
        if (ranked.Count > 0 && onlyChoices && !AsksOrganisationKinds(asked, legend, field.Page) && StatusAskedByOptions(hits, AsksTheSituation(asked)) is { } status)
        {
            return new Topic(status.Item, status.Why, true, "les choix proposés sont des situations qu'une administration connaît (règle 4)", OptionsWeight * 2, 0, false, Source.Options);
        }

        // A list of choices alone does not say which data is asked (« Type d'acte : copie intégrale, extrait… »).
        if (ranked.Count == 0 || onlyChoices)
        {
            // Said as it is: a page's title alone, or the choices (a text field has none).
            var listed = ranked.Count == 0 ? null
                : ranked[0].Cause.Source == Source.Page ? $"seul {ranked[0].Why} nomme une donnée, pas le champ"
                : $"les choix proposés citent seulement {ranked[0].Why}";
            var (item, why) = Fallback(field, asked, listed);
            return new Topic(item, why, false, null, 0, 0, true);
        }

        var chosen = ranked[0];
        // A label that lists several things (« Un RIB au nom de l'entreprise », « Carte grise d'origine ou une pièce officielle »)
        // asks the first one it names, at its head.
        var head = asked.Count == 0 ? -1 : asked.Folded.FindIndex(t => t != "|" && !PhraseIndex<int>.Skippable.Contains(t));
        // « Adresse, téléphone & mail »: a datum the label lists after a comma, behind another named at its head even by a
        // generic word, is one more element of the list; the one named first is what is asked (D5).
        Hit? ListHead(Hit h) => h.Start > head && h.Start < asked.Count && ListedAfterAComma(field.Label ?? "", asked.Plain[h.Start])
            ? hits.Find(g => g.Source is Source.Label && g.Kind == CueKind.Generic && g.Start == head && g.Item != h.Item) is { Item: not null } g ? g : null
            : null;
        Hit? first = null;
        foreach (var h in hits)
        {
            if (h.Source is Source.Label && h.Kind == CueKind.Specific && h.Start >= 0 && h.Start <= head + 1 && ListHead(h) is null
                && (first is not { } earlier || h.Start < earlier.Start || (h.Start == earlier.Start && h.Length > earlier.Length)))
            {
                first = h;
            }
        }

        if (chosen.Cause is { Source: Source.Label } inList && ListHead(inList) is { } atHead && scores.TryGetValue(atHead.Item.Id, out var headFirst))
        {
            chosen = headFirst;
        }
        else if (first is { } f && f.Item != chosen.Item && scores.TryGetValue(f.Item.Id, out var firstMatch))
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

        // « Photo d'identité et justificatif d'identité », « Attestation sur l'honneur et avis d'imposition »: an upload that asks
        // two papers together asks the held one too (the first named is no choice left to the person, as « ou » would be).
        // Not another person's papers (« l'hébergeant devra fournir sa pièce d'identité, une attestation sur l'honneur et … »).
        if (field.IsUpload && chosen.Item.Holding == Holding.NotHeld && chosen.Cause is { Source: Source.Label, End: > 0 } named
            && _reader.ThirdPartyNamedIn(asked) is null)
        {
            foreach (var h in hits)
            {
                if (h.Source == Source.Label && h.Kind == CueKind.Specific && h.Item.Holding == Holding.Held && h.Start > named.End
                    && AskedTogether(asked, named.End, h.Start) && scores.TryGetValue(h.Item.Id, out var together))
                {
                    chosen = together;
                    break;
                }
            }
        }

        var overridden = new HashSet<string>(StringComparer.Ordinal);
        var rule = Decide(field, hits, scores, asked, hint, legend, ref chosen, overridden);
        var specific = rule is not null;
        foreach (var h in hits)
        {
            specific |= h.Item == chosen.Item && h.Kind != CueKind.Generic
                && (h.Source is Source.Label or Source.Markup || (h.Source == Source.Hint && field.IsUpload));
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
    [ThreadStatic]
    private static Dictionary<string, Match>? _scores;

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
    private static Hit? StatusAskedByOptions(List<Hit> hits, bool situationAsked)
    {
        var options = hits.Where(h => h.Source == Source.Options && h.Item.Holding == Holding.Held && StatusItems.Contains(h.Item.Id) || h.Source == Source.Options && h.Item.Id is "education.student" or "social.health_rights").ToList();
        // Activity situations mixed (« Salarié », « Demandeur d'emploi », « Étudiant », « Retraité »): the question is the
        // situation with regard to employment, whichever status has more choices (D13).
        var employment = options.FirstOrDefault(h => h.Item.Id == "employment.status");
        if (employment.Item is not null && options.Any(h => h.Item.Id == "education.student"))
        {
            return employment;
        }

        // One choice is enough when the question asks the person's situation (« Je suis actuellement en : », « Êtes-vous
        // actuellement dans l'une des situations suivantes ? »): its list is the situations, one of them a status.
        var best = options.GroupBy(h => h.Item.Id).OrderByDescending(g => g.Count()).FirstOrDefault();
        return best is not null && (best.Count() >= 2 || situationAsked) ? best.First() : null;
    }

    /// <summary>A question about the person's present situation (« Vous êtes actuellement », « Votre situation », « Je suis »)
    /// or about money they receive (« Vous percevez : », rule 4).</summary>
    private static bool AsksTheSituation(TokenText asked) =>
        asked.Has(SituationWords) || asked.Has(PaidWords) || asked.Folded.Where((w, i) => i + 1 < asked.Count && ((w == "je" && asked.Folded[i + 1] == Am) || (w == FieldReader.Are && asked.Folded[i + 1] == FieldReader.You))).Any();

    private static readonly HashSet<string> SituationWords = Folded("actuellement", "situation", "situations");
    private static readonly string Am = Folded("suis").Single();
}
