using Observatoire.Probes.Catalogue;
using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

// Readers of the person's situations in a label: statuses, benefits, work, age, holders, care by a public body.
public sealed partial class Classifier
{
    /// <summary>True when the label is a public body's name and nothing else (« CPAM », « La MSA », « Caisse d'allocations
    /// familiales (CAF) »).</summary>
    private bool NamesOnlyAPublicBody(TokenText label)
    {
        var bodies = _reader.PublicBodiesIn(label);
        if (bodies.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < label.Count; i++)
        {
            if (label.Folded[i] != "|" && !PhraseIndex<int>.Skippable.Contains(label.Folded[i]) && !bodies.Exists(b => b.Start <= i && i < b.End))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A heading over amounts asked of funders (« Subventions demandées », « Financements sollicités », « Plan de
    /// financement prévisionnel »), as a cue; or null.</summary>
    private static string? AmountAskedIn(FieldReader.Texts texts)
    {
        foreach (var (heading, where) in new[] { (texts.Legend, "groupe"), (texts.Section, "section"), (texts.Page, "titre de page") })
        {
            if (heading.Has(FundingWords) && AskedNowIn(heading, titleOfPage: heading == texts.Page) is var requested and >= 0)
            {
                return $"{where} « {heading.Plain[requested]} »";
            }
        }

        return null;
    }

    /// <summary>Where a heading says something is asked now, or -1. A page title « Demande d'aide juridictionnelle » names the
    /// procedure: its noun « demande » asks nothing of a funder (« Commune » on that page is where one lives), unlike
    /// « Subventions demandées » or « Montant de la demande » over a financing plan's rows.</summary>
    private static int AskedNowIn(TokenText heading, bool titleOfPage)
    {
        for (var i = 0; i < heading.Count; i++)
        {
            if (AskedNowWords.Contains(heading.Folded[i]) && !(titleOfPage && heading.Plain[i] is "demande" or "demandes"))
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> FundingWords = Folded("subvention", "subventions", "financement", "financements", "aide", "aides", "cofinancement",
        "cofinancements", "participation", "participations");

    /// <summary>Words that say something is asked for, wished or planned in this very form, not already granted or taken: a
    /// funder's amount (« Subventions demandées », « Plan de financement prévisionnel »), an act (« Autorisation demandée »).</summary>
    private static readonly HashSet<string> AskedNowWords = Folded("demande", "demandé", "demandée", "demandés", "demandées", "sollicité", "sollicitée",
        "sollicités", "sollicitées", "souhaité", "souhaitée", "prévisionnel", "prévisionnels", "envisagé", "envisagés", "envisagée", "envisagées", "attendu",
        "attendus", "attendue", "attendues", "prévu", "prévue", "futur", "future");

    /// <summary>Verbs that ask what one receives: « percevez-vous », « touchez-vous », « bénéficiez-vous ».</summary>
    private static readonly HashSet<string> ReceivingWords = Folded("percevez", "perçois", "perçoit", "touchez", "touche", "recevez", "bénéficiez", "bénéficie");

    /// <summary>Verbs that ask what the person has or receives, or is (« Avez-vous… », « Percevez-vous… », « Êtes-vous… »):
    /// not what they do. In this file, after <see cref="ReceivingWords"/>, which it is built from.</summary>
    private static readonly HashSet<string> HaveOrReceive = [.. FieldReader.HoldVerbs, .. ReceivingWords, FieldReader.Are];

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

    /// <summary>Being compensated, or the compensation, in a label (« Indemnisé », « votre indemnisation »).</summary>
    private static readonly HashSet<string> CompensatedWords = Folded("indemnisé", "indemnisée", "indemnisés", "indemnisées", "indemnisation");

    /// <summary>What else one is compensated for: sick leave, an insured loss, a disaster, a carer's or a parent's leave.</summary>
    private static readonly HashSet<string> OtherCompensations = Folded("maladie", "arrêt", "accident", "assurance", "assureur", "sinistre",
        "catastrophe", "calamité", "récolte", "perte", "dommage", "dommages", "aidant", "congé", "maternité", "paternité", "invalidité", "victime", "préjudice");

    /// <summary>Where the field's headings or its administration speak of a job-seeker (« demandeur d'emploi », « allocation
    /// chômage », France Travail: the employment status's own cues), as read; or null, also when the texts name another
    /// compensation (sick leave, an insured loss, a disaster).</summary>
    private string? EmploymentSpokenOf(FieldReader.Texts texts)
    {
        TokenText[] all = [texts.Label, texts.Hint, texts.Legend, texts.Section, texts.Page];
        if (all.Any(t => t.Has(OtherCompensations)))
        {
            return null;
        }

        foreach (var (text, where) in new[] { (texts.Legend, "groupe"), (texts.Section, "section"), (texts.Page, "titre de page"), (TokenText.Of(texts.Administration), "administration") })
        {
            if (CueOf("employment.status", text) is { } found)
            {
                return $"{where} « {found.Entry.Phrase} »";
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

    /// <summary>A heading that names an organisation's creation (« Création d'une association », « société en cours de
    /// création », « constitution de l'association »), as read; or null.</summary>
    private static string? OrganisationBeingCreated(FieldReader.Texts texts)
    {
        foreach (var (text, where) in new[] { (texts.Legend, "groupe"), (texts.Section, "section"), (texts.Page, "titre de page") })
        {
            for (var i = 0; i < text.Count; i++)
            {
                if (!Creation.Contains(text.Folded[i]))
                {
                    continue;
                }

                // « création d'une association », « constitution de la société »: the organisation within three words after
                // (« formation » only after « en »: a training is no creation).
                for (var k = i + 1; k < text.Count && k <= i + 3 && text.Folded[i] != InTraining; k++)
                {
                    // « Création du compte de l'association » makes an account for one that exists.
                    if (AccountWords.Contains(text.Folded[k]))
                    {
                        break;
                    }

                    if (CreatedOrganisations.Contains(text.Folded[k]))
                    {
                        return $"{where} « {text.Plain[i]} … {text.Plain[k]} »";
                    }
                }

                // « association en cours de création », « société en formation »: the organisation just before.
                for (var k = Math.Max(0, i - 4); k < i; k++)
                {
                    if (CreatedOrganisations.Contains(text.Folded[k]) && text.Folded[k + 1] == "en" && text.Folded.Skip(k + 1).Take(i - k - 1).All(w => w is "en" or "cour" or "de" or "d"))
                    {
                        return $"{where} « {text.Plain[k]} … {text.Plain[i]} »";
                    }
                }
            }
        }

        return null;
    }

    private static readonly HashSet<string> Creation = Folded("création", "constitution", "formation");

    private static readonly string InTraining = TextFolding.Tokens("formation")[0];

    private static readonly HashSet<string> AccountWords = Folded("compte", "espace", "profil", "fiche", "dossier", "demande");

    private static readonly HashSet<string> CreatedOrganisations = Folded("association", "société", "entreprise");

    /// <summary>« Demeurant à », « Domicilié(e) : », « Résidant » alone: the participle, as written; or null.</summary>
    private static string? AddressPrompt(TokenText label) =>
        label.Count is 1 or 2 && LivingWords.Contains(label.Folded[0]) && (label.Count == 1 || label.Folded[1] == "a") ? label.Plain[0] : null;

    private static readonly HashSet<string> LivingWords = Folded("domicilié", "domiciliée", "demeurant", "demeurante", "résidant", "résidante");

    /// <summary>« Je soussigné(e) », « Nous soussignés », « Le soussigné » alone: a statement's opening, before the signer's name.</summary>
    private static bool SignerAsked(TokenText label)
    {
        // « Je soussigné, M. / Mme »: the civility that starts the name to write.
        var n = label.Count;
        while (n > 2 && (Civilities.Contains(label.Folded[n - 1]) || label.Folded[n - 1] is "ou" or "et" or "|"))
        {
            n--;
        }

        return n is >= 2 and <= 3 && label.Folded[n - 1] == Undersigned && OpensStatement(label.Folded[0]);
    }

    /// <summary>« M. ou Mme », « Monsieur, Madame »: a label of civilities only, the prompt of a paper form for the name written
    /// after them.</summary>
    private static bool CivilitiesOnly(TokenText label)
    {
        var civilities = 0;
        foreach (var word in label.Folded)
        {
            if (Civilities.Contains(word))
            {
                civilities++;
            }
            else if (word is not ("ou" or "et" or "|"))
            {
                return false;
            }
        }

        return civilities > 0;
    }

    internal static readonly HashSet<string> Civilities = Folded("m", "mr", "mme", "mlle", "monsieur", "madame", "mademoiselle");

    /// <summary>« soussigné » at <paramref name="i"/>, after the word that opens a signed statement (« Je », « Nous », « Le »).</summary>
    private static bool UndersignedAt(TokenText text, int i) => i > 0 && text.Folded[i] == Undersigned && OpensStatement(text.Folded[i - 1]);

    private static bool OpensStatement(string word) => word is "je" or "le" or "la" or "les" || word == We;

    private static readonly string We = TextFolding.Tokens("nous")[0];

    /// <summary>
    /// Who signs or acts for the filing structure, as the label or its group says: « Je soussigné(e) », a « signataire », the
    /// « représentant de la personne morale », one « habilité à représenter » it, one acting « en qualité de » its manager
    /// (« représentant légal », « président »); or null. Not one who signs for another party (« pour le compte de
    /// l'employeur »), nor under a heading that names someone else.
    /// </summary>
    private string? SignerForStructure(FieldReader.Texts texts, TokenText label)
    {
        if (ForAnother(texts.Hint))
        {
            return null;
        }

        string? cue = null;
        foreach (var text in new[] { label, texts.Legend, texts.Section })
        {
            if (ForAnother(text))
            {
                return null;
            }

            var w = text.Folded;
            for (var i = 0; i < w.Count; i++)
            {
                // « l'expert-comptable signataire de l'attestation »: after a noun, « signataire » says which of them signs.
                cue ??= UndersignedAt(text, i) ? "soussigné"
                    : w[i] == Signatory && (i == 0 || w[i - 1] == "|" || PhraseIndex<int>.Skippable.Contains(w[i - 1])) ? text.Plain[i]
                    : w[i] is "representant" or "representante" && i + 4 < w.Count && w[i + 1] == "de" && w[i + 3] == "personne" && w[i + 4] == "morale" ? "représentant de la personne morale"
                    : w[i] is "habilite" or "habilitee" && i + 2 < w.Count && w[i + 1] == "a" && w[i + 2] is "representer" or "engager" ? $"{text.Plain[i]} à {text.Plain[i + 2]}"
                    : w[i] == "qualite" && i + 2 < w.Count && w[i + 1] == "de" && _reader.ManagerAt(text, i + 2) ? $"en qualité de {text.Plain[i + 2]}"
                    : null;
            }

            if (text != label && _reader.ThirdPartyNamedIn(text) is { } other && !SignerWords.Any(other.Contains))
            {
                return null;
            }
        }

        return cue;
    }

    private static readonly string Signatory = TextFolding.Tokens("signataire")[0];

    /// <summary>« Personne signant pour le compte du maître d'ouvrage »: someone acting for another party.</summary>
    private static bool ForAnother(TokenText text)
    {
        for (var i = 0; i + 2 < text.Count; i++)
        {
            if (text.Folded[i] == "pour" && text.Folded[i + 1] == "le" && text.Folded[i + 2] == "compte")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person's names: what « Nom du signataire » asks of the signer.</summary>
    private static readonly HashSet<string> PersonsNames = Folded("nom", "noms", "prénom", "prénoms");

    /// <summary>Third parties' names that are the signer's own role on a structure's procedure.</summary>
    private static readonly string[] SignerWords = ["signataire", "personne morale", "personne habilitée"];

    /// <summary>« Qualité », « Fonction », « en qualité de », « … représentant légal de » left blank: the capacity someone acts in,
    /// or the organisation they act for.</summary>
    private bool AsksCapacity(TokenText label) =>
        label.Head is "qualite" or "fonction" || (label.Folded.IndexOf("qualite") is var q and >= 0 && q + 1 < label.Count && label.Folded[q + 1] == "de")
        || (label.Count >= 2 && label.Folded[^1] == "de" && _reader.ManagerNamedIn(label) is not null);

    private static readonly string Undersigned = TextFolding.Tokens("soussigné")[0];

    /// <summary>A person's state of age; « majeur protégé » is a protection measure, not an age.</summary>
    private static readonly HashSet<string> AgeStates = Folded("mineur", "mineure", "majeur", "majeure");

    /// <summary>Things whose age a form may ask: their age is no one's birth date.</summary>
    private static readonly HashSet<string> ThingsWithAge = Folded("logement", "véhicule", "bâtiment", "construction", "immeuble", "maison",
        "appartement", "équipement", "installation", "matériel", "ouvrage", "chaudière");

    /// <summary>An age threshold the label puts on a person (« moins de 26 ans », « mineur »), as written; or null.</summary>
    private static string? AgeOfPerson(TokenText label)
    {
        if (label.Has(ThingsWithAge))
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
}
