using Observatoire.Probes.Catalogue;
using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

// Readers of acts and what was done before: grants in force, past acts and filings, titles, schemes, notices, own acts, things named.
public sealed partial class Classifier
{
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

            // « l'aide qui a été accordée par convention », « les aides qui ont été attribuées »: an act in the perfect passive was
            // done before this form (« Montant attribué » alone is being decided in it, D28).
            if (word == "ete" && i > 0 && i + 1 < folded.Count && ActWords.Contains(folded[i + 1]) && folded[i - 1] is "a" or "ont" or "avait" or "avaient")
            {
                return label.Plain[i - 1] + " " + label.Plain[i] + " " + label.Plain[i + 1];
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

            // « dernier renouvellement du bail », « de votre adhésion », « dernière autorisation de sortie du territoire »: what
            // people agree or sign between themselves is renewed or authorised by them, not by an administration.
            if (word is "renouvellement" or "autorisation" && PrivateAgreementAfter(folded, i))
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

            // « Avez-vous eu un refus ? »: an act the person had, in the perfect tense, was done to them before.
            for (var k = i - 1; k >= 1 && k >= i - 3; k--)
            {
                if (folded[k] == "eu" && (PerfectAuxiliaries.Contains(folded[k - 1]) || folded[k - 1] == "t" || folded[k - 1] == FieldReader.You))
                {
                    return label.Plain[k] + " … " + label.Plain[i];
                }
            }
        }

        return null;
    }

    /// <summary>« Copie de la demande adressée à la préfecture », « copie du formulaire de déclaration … au CFE »: a copy of a
    /// request or a declaration, then a public body it went to; the words, or null. Not one still to send (« à adresser à la
    /// mairie »).</summary>
    private string? CopyOfPastFiling(TokenText label)
    {
        var w = label.Folded;
        for (var i = 0; i < w.Count; i++)
        {
            if (!CopyWords.Contains(w[i]))
            {
                continue;
            }

            var filing = -1;
            for (var k = i + 1; k < w.Count && k <= i + 4; k++)
            {
                if (FiledThings.Contains(w[k]) || w[k] == Form)
                {
                    filing = k;
                    break;
                }
            }

            if (filing < 0 || _reader.PublicBodyAfter(label, filing) is not { } body || body > filing + 8
                || label.Plain.Skip(filing + 1).Take(body - filing - 1).Any(FieldReader.SendingInfinitives.Contains))
            {
                continue;
            }

            return $"{label.Plain[i]} … {label.Plain[filing]} … {label.Plain[body]}";
        }

        return null;
    }

    private static readonly string Form = Folded("formulaire").Single();

    /// <summary>A lease, a contract, a membership, a subscription, a mandate, an insurance, or a parent's leave, right after the
    /// act at <paramref name="at"/> (articles and possessives aside).</summary>
    private static bool PrivateAgreementAfter(List<string> folded, int at)
    {
        var k = at + 1;
        while (k < folded.Count && PhraseIndex<int>.Skippable.Contains(folded[k]))
        {
            k++;
        }

        return k < folded.Count && (PrivateAgreements.Contains(folded[k]) || (folded[k] == "sortie" && folded.Skip(k).Contains("territoire")));
    }

    private static readonly HashSet<string> PrivateAgreements = Folded("bail", "contrat", "adhésion", "abonnement", "mandat", "assurance",
        "prélèvement", "parentale", "parents", "parent", "cotisation", "licence");

    /// <summary>What a private party renews, named over a renewal's box too: the agreements above, a club, a gym, its members.
    /// Declared after <see cref="PrivateAgreements"/>, which it takes in: static fields are set in order.</summary>
    private static readonly HashSet<string> PrivateRenewals = [.. PrivateAgreements, .. Folded("club", "salle", "abonné", "adhérent")];

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

    /// <summary>« titre » with no complement past its adjectives (« le titre que… », « titre actuel »), or a travel title.</summary>
    private static bool BareTitle(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (label.Folded[i] is not ("titre" or "titres"))
            {
                continue;
            }

            var k = i + 1;
            while (k < label.Count && IssuedBeforeWords.Contains(label.Folded[k]))
            {
                k++;
            }

            if (k >= label.Count || label.Folded[k] is not ("de" or "d" or "du" or "des") || (k + 1 < label.Count && label.Folded[k + 1] == "voyage"))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>« Benefits from » in each of its forms (folded, so « bénéficie » and « bénéficié » alike, and the participle
    /// « bénéficiant »; not the infinitive of a wish).</summary>
    private static readonly HashSet<string> BenefitingWords = Folded("beneficiez", "beneficie", "beneficient", "beneficiant", "beneficiaire", "beneficiaires");

    /// <summary>« Falls under » (« relève du régime d'autorisation », « relevant du régime »): said only of a regime, which a public
    /// body assigned.</summary>
    private static readonly HashSet<string> FallingUnderWords = Folded("releve", "relevez", "relevent", "relevant");

    /// <summary>What a public body grants and then keeps on file: a scheme, an aid, an exemption, a tax option.</summary>
    private static readonly HashSet<string> SchemeNouns = Folded("dispositif", "regime", "exoneration", "allegement", "reduction",
        "aide", "aides", "allocation", "prestation", "prime", "versement", "abattement", "projet", "plan", "mesure", "accompagnement", "financement",
        "subvention");

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
            var fallsUnder = FallingUnderWords.Contains(label.Folded[i]);
            if (!BenefitingWords.Contains(label.Folded[i]) && !fallsUnder)
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

                if (fallsUnder ? label.Folded[k] == "regime" : SchemeNouns.Contains(label.Folded[k]))
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

    /// <summary>« avez », « avons », « ont », « ai » (folded): the auxiliary of a perfect tense.</summary>
    internal static readonly HashSet<string> PerfectAuxiliaries = ["avez", "avon", "ont", "ai"];

    /// <summary>What such a step files: an application, a file, a declaration, an appeal, an agreement.</summary>
    private static readonly HashSet<string> FiledThings = Folded("demande", "dossier", "declaration", "recours", "convention", "candidature", "requete",
        "plainte", "reclamation");

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
            perfect |= PerfectAuxiliaries.Contains(word)
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

    /// <summary>« Déclaration trimestrielle de chiffre d'affaires », « Déclaration sociale des indépendants », « Copie de la
    /// déclaration faite en préfecture »: the label's head (a copy of it) is a declaration, with a sign that it was already made
    /// to a public body: how often it is made, that it is the last one, that it is social or fiscal, or the body named in the
    /// label or its hint. Not one on honour (« Déclaration de candidature », « d'engagement » without such a sign are written for
    /// this form). Its first words, or null.</summary>
    private string? DeclarationMade(TokenText label, TokenText hint)
    {
        var k = label.HeadAt;
        if (k >= 0 && CopyWords.Contains(label.Folded[k]))
        {
            k++;
            while (k < label.Count && label.Folded[k] is "de" or "d" or "du" or "des" or "la" or "l" or "le" or "les" or "votre" or "vos")
            {
                k++;
            }
        }

        if (k < 0 || k >= label.Count || label.Folded[k] != Declaration)
        {
            return null;
        }

        var end = k + 1;
        var made = k > 0 && label.Folded[k - 1] is "derniere" or "precedente";
        while (end < label.Count && end < k + 6 && label.Folded[end] != "|")
        {
            if (label.Folded[end] == "honneur")
            {
                return null;
            }

            made |= MadeDeclarationWords.Contains(label.Folded[end]);
            end++;
        }

        if (!made && _reader.PublicBodyIn(label) is null && _reader.PublicBodyIn(hint) is null)
        {
            return null;
        }

        // Written back as the page wrote it: an elided article keeps its apostrophe (« déclaration d'achèvement »).
        var words = new System.Text.StringBuilder();
        for (var i = k; i < end; i++)
        {
            words.Append(label.Plain[i]).Append(i + 1 < end && label.Folded[i] is "d" or "l" or "qu" ? "'" : i + 1 < end ? " " : "");
        }

        return words.ToString();
    }

    /// <summary>Words that say a declaration is one already made to a public body: periodic, the last one, social or fiscal.</summary>
    private static readonly HashSet<string> MadeDeclarationWords = Folded("mensuelle", "mensuelles", "trimestrielle", "trimestrielles", "annuelle",
        "annuelles", "sociale", "sociales", "fiscale", "fiscales", "derniere", "precedente", "effectuee", "deposee", "enregistree");

    private static readonly string Declaration = TextFolding.Folded("déclaration").Single();
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

    /// <summary>A French court a heading names (« Tribunal de grande instance », « Cour d'appel », « Pourvoi en cassation »),
    /// as written, or null; a European or international one holds nothing here (rule 5).</summary>
    private static string? FrenchCourtIn(TokenText heading)
    {
        if (heading.Has(ForeignCourtWords))
        {
            return null;
        }

        for (var i = 0; i < heading.Count; i++)
        {
            var w = heading.Folded[i];
            if (CourtWords.Contains(w))
            {
                return heading.Plain[i];
            }

            if (w == Court && i + 2 < heading.Count && heading.Folded[i + 1] is "d" or "de" && CourtKinds.Contains(heading.Folded[i + 2]))
            {
                return $"{heading.Plain[i]} {heading.Plain[i + 1]} {heading.Plain[i + 2]}";
            }
        }

        return null;
    }

    // « Prud'hommes » folds to « prud » and « hommes »: only « prud » names the court (« les femmes et les hommes » does not).
    private static readonly HashSet<string> CourtWords = Folded("tribunal", "tribunaux", "cassation", "juridiction", "prud");
    private static readonly string Court = Folded("cour").Single();
    private static readonly HashSet<string> CourtKinds = Folded("appel", "assises", "cassation", "comptes");
    private static readonly HashSet<string> ForeignCourtWords = Folded("européenne", "européen", "internationale", "international", "cedh", "cjue");

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

    /// <summary>What a body sets or takes about a person's case: an appointment, a summons, a decision, a notification.</summary>
    private static readonly HashSet<string> BodyActs = Folded("rendez", "rdv", "convocation", "décision", "notification");

    /// <summary>What a label asks of an act the body set: its day, hour or place.</summary>
    private static readonly HashSet<string> ActAttributes = Folded("date", "jour", "heure", "horaire", "lieu");

    /// <summary>Words between the label's head and the act (« Date de la », « Heure du »).</summary>
    private static readonly HashSet<string> ActLinks = Folded("de", "du", "d", "des", "la", "l", "le", "les");

    /// <summary>
    /// « Date du rendez-vous avec le médecin conseil de l'Assurance Maladie », « Date de la décision de la CAF », « Heure de la
    /// convocation au tribunal »: the day, hour or place of an act of <see cref="BodyActs"/>, the label's head, and the public
    /// body named within the eight words after the act (« rendez-vous » is two), not after « par »; the words, or null.
    /// Whatever else asks about such an act (a need, an opinion, the person's availability, costs, a date proposed) is the
    /// person's.
    /// </summary>
    private string? ActWithPublicBody(TokenText label)
    {
        var w = label.Folded;
        if (w.Count == 0 || !ActAttributes.Contains(w[0]))
        {
            return null;
        }

        var i = 1;
        while (i < w.Count && ActLinks.Contains(w[i]))
        {
            i++;
        }

        // « avec l'expert désigné par le tribunal »: a body named after « par » chose someone the person meets, it set nothing.
        return i > 1 && i < w.Count && BodyActs.Contains(w[i]) && _reader.PublicBodyAfter(label, i) is { } body && body <= i + 9
            && !w.Skip(i + 1).Take(body - i - 1).Contains("par") && !w.Skip(i + 1).Any(FieldReader.ChosenBy.Contains)
            ? $"{label.Plain[0]} … {label.Plain[i]} … {label.Plain[body]}"
            : null;
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
        "representant", "representante", "contact", "jeune", "individu", "client", "cliente", "salarie", "salariee", "signataire", "intervenant",
        "occupant", "habitant", "membre");

    /// <summary>
    /// Where the thing a label heads with « Nom de … » is named (« Nom de l'offre de stage » → offre, « Numéro et nom de la
    /// voie » → voie), or null: when « nom »
    /// alone is the phrase found there (not « nom de naissance », « nom d'usage »…), followed by « de » and a word that is no person.
    /// A word the catalogue does not know may stand beside « nom » (« Nom ou type de la nappe »).
    /// </summary>
    /// <summary>« Nom », « Nom usuel », « Autres noms »: a name with nothing that makes it a person's (« Nom de naissance »,
    /// « Nom d'usage » are).</summary>
    private static bool BareName(TokenText label)
    {
        var words = label.Folded.Where(w => w != "|" && !PhraseIndex<int>.Skippable.Contains(w)).ToList();
        return words is ["nom"] or ["nom", "usuel"] or ["autre" or "autres", "nom"];
    }

    private int? ThingNamed(TokenText label)
    {
        var head = FieldReader.HeadIndex(label);

        // « Numéro et nom de la voie », « Type et nom de voie »: another word about the same thing may come before « nom » too.
        if (head >= 0 && head + 2 < label.Count && label.Folded[head] != "nom" && label.Folded[head + 1] is "et" or "ou" && label.Folded[head + 2] == "nom"
            && !PersonAttributes.Contains(label.Folded[head]))
        {
            head += 2;
        }

        return ThingNamedAt(label, head);
    }

    /// <summary>
    /// The thing whose name the word <paramref name="at"/> asks (« nom de la nappe » → nappe), or null: <see cref="ThingNamed"/>
    /// at any place of a text. With <paramref name="noRole"/>, a role of the reading lexicon (« employeur », « conjoint ») is
    /// a person, no thing: a hint or a placeholder is read without the label's subject.
    /// </summary>
    private int? ThingNamedAt(TokenText label, int head, bool noRole = false)
    {
        // « nom » alone, or a kind of name that any named thing has too (« nom d'usage », « nom usuel »); not « nom de naissance ».
        if (head < 0 || label.Folded[head] != "nom" || _cues.At(label, head) is not { } name
            || (name.Entry.Tokens.Length > 1 && !(name.Entry.Tokens is [_, "usage" or "usuel"])))
        {
            return null;
        }

        // « Nom complet du produit », « Nom exact de l'établissement »: how whole the name is says nothing of whose; not before a
        // noun that names someone by what they do (« Nom complet du stagiaire »).
        var k = name.End;
        if (k + 2 < label.Count && label.Folded[k] is "complet" or "exact" or "entier"
            && label.Folded.Skip(k + 1).FirstOrDefault(w => !PhraseIndex<int>.Skippable.Contains(w) && w is not ("de" or "d" or "du" or "des")) is { } whose
            && !FieldReader.PersonEndings.Any(whose.EndsWith))
        {
            k++;
        }

        // « Nom ou type de la nappe », « Nom et nature de l'équipement », « le nom ou l'adresse de l'équipement »: another word
        // about the same thing may come first, its address too.
        var other = k + 1;
        while (other < label.Count && PhraseIndex<int>.Skippable.Contains(label.Folded[other]))
        {
            other++;
        }

        if (other < label.Count && label.Folded[k] is "ou" or "et" && !PersonAttributes.Contains(label.Folded[other])
            && _cues.At(label, other) is null or { Entry.Value.Item.Id: "address.postal", Entry.Tokens.Length: 1 })
        {
            k = other + 1;
        }

        if (k >= label.Count || label.Folded[k] is not ("de" or "du" or "d" or "des"))
        {
            return null;
        }

        // « Noms de toutes les personnes », « Nom de chaque participant »: a quantifier is no thing; what it counts is.
        while (k < label.Count && (PhraseIndex<int>.Skippable.Contains(label.Folded[k]) || label.Folded[k] is "tou" or "toute" or "chaque" or "chacun" or "chacune"))
        {
            k++;
        }

        return k < label.Count && label.Folded[k] != "|" && !PersonNouns.Contains(label.Folded[k]) && !_reader.ManagerAt(label, k)
            && !(noRole && _reader.RoleAt(label, k)) ? k : null;
    }

    /// <summary>
    /// « Entrer le nom du cours d'eau », « Saisissez le nom de l'équipement »: a hint or a placeholder that asks the name of
    /// a thing names no person (rule 1); its « nom » is no cue of a person's identity. The label's own « Nom de … » is read
    /// with the field's subject (<see cref="ThingNamed"/>).
    /// </summary>
    private void DropThingNames(List<Hit> hits, TokenText text, Source source) =>
        hits.RemoveAll(h => h.Source == source && h.Item.Id == "identity.civil" && h.Start >= 0 && h.Start < text.Count
            && ThingNamedAt(text, h.Start, noRole: true) is not null);

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

    /// <summary>
    /// True when the label's paper is one that proves what it names (« Justificatif de domicile », « Joindre une pièce
    /// justifiant de votre identité », « Document prouvant que vous habitez à cette adresse », « Déclaration de domicile »),
    /// not a paper of a kind of its own that shows the datum (« Copie de la facture où figureront le nom », « Attestation
    /// d'assurance avec nom et prénom », « Une lettre de demande précisant l'identité », « Fiche d'identité du projet »), one
    /// that proves a fact of another kind (« Tout document prouvant que le mineur a eu sa résidence… »), nor a sworn statement.
    /// </summary>
    private static bool ProvesTheDatum(TokenText label)
    {
        var w = label.Folded;
        if (w.Contains("honneur"))
        {
            return false; // « sur l'honneur »: the person's own word, held by no one (item table)
        }

        for (var i = 0; i < w.Count; i++)
        {
            // « Déclaration de domicile », « Attestation de votre domicile »: a paper of proof whose complement is the datum.
            if ((ProofKinds.Contains(w[i]) || CopyWords.Contains(w[i])) && DatumAfter(label, i + 1))
            {
                return true;
            }

            // « Pièce justifiant de votre identité », « Document prouvant que vous habitez … »: a paper named by what it proves.
            if (ProofPapers.Contains(w[i]))
            {
                var j = i + 1;
                while (j < w.Count && (ProofVerbs.Contains(w[j]) || ProofPapers.Contains(w[j])))
                {
                    j++;
                }

                if (j < w.Count && w[j] is "que" or "qu")
                {
                    // « … que vous habitez à cette adresse » proves the home; any other fact makes it another paper.
                    return w.Skip(j + 1).Take(3).Any(ResidenceFacts.Contains);
                }

                if (j < w.Count && w[j] is "de" or "d" or "du" or "des")
                {
                    // « de votre domicile », « de moins de 3 mois »: the datum or its recency; « de paiement »: a proof of
                    // something else, which shows the datum at most.
                    var m = j + 1;
                    while (m < w.Count && Passed(w[m]))
                    {
                        m++;
                    }

                    return m >= w.Count || DatumProved.Contains(w[m]) || DatumNamed.Contains(w[m]) || Recency.Contains(w[m]);
                }

                // The end, the datum itself, a list of the papers that will do (« Justificatif : facture, quittance »); not a
                // paper that only shows the datum (« Justificatif … mentionnant vos nom et prénom »).
                return j >= w.Count || !ShowingWords.Contains(w[j]);
            }
        }

        return false;

        static bool Passed(string word) => word is "de" or "d" or "du" or "des" || FieldReader.IsDeterminer(word);
    }

    /// <summary>The datum a proof's « de … » names, its determiners passed (« de votre domicile », « d'identité »).</summary>
    private static bool DatumAfter(TokenText label, int k)
    {
        if (k >= label.Count || label.Folded[k] is not ("de" or "d" or "du"))
        {
            return false;
        }

        k++;
        while (k < label.Count && FieldReader.IsDeterminer(label.Folded[k]))
        {
            k++;
        }

        // « Attestation d'élection de domicile »: the address a body gives a person without a home is their address.
        if (k + 2 < label.Count && label.Folded[k] == "election" && label.Folded[k + 1] == "de")
        {
            k += 2;
        }

        return k < label.Count && DatumProved.Contains(label.Folded[k]);
    }

    /// <summary>The held data a paper « de … » is a paper of (folded).</summary>
    private static readonly HashSet<string> DatumProved = Folded("domicile", "identité", "résidence", "adresse");

    /// <summary>Kinds of paper that prove the datum their « de » names (« Déclaration de domicile », « Certificat de
    /// résidence »); other kinds (« fiche », « relevé », « formulaire ») name a paper of their own.</summary>
    private static readonly HashSet<string> ProofKinds = Folded("justificatif", "justificative", "attestation", "certificat", "preuve", "pièce",
        "déclaration", "document", "élément");

    /// <summary>Papers named by what they prove, not by a kind of their own (folded, plurals folded too).</summary>
    private static readonly HashSet<string> ProofPapers = Folded("justificatif", "justificative", "pièce", "document", "preuve", "élément");

    /// <summary>What a paper of proof does to its datum (« justifiant de », « attestant », « prouvant que »).</summary>
    private static readonly HashSet<string> ProofVerbs = Folded("justifiant", "justifier", "prouvant", "prouver", "attestant", "attester", "établissant",
        "justificatif", "justificative", "officiel", "officielle", "récent", "récente", "lisible", "original", "originale");

    /// <summary>Words after which the datum is what the paper shows, not what it proves (« mentionnant », « avec », « portant »).</summary>
    private static readonly HashSet<string> ShowingWords = Folded("mentionnant", "indiquant", "précisant", "portant", "comportant", "avec", "où",
        "listant", "figurant");

    /// <summary>Other words of the held data a proof may name (« Pièce justifiant de votre nom », « … de votre état civil »).</summary>
    private static readonly HashSet<string> DatumNamed = Folded("nom", "prénom", "état", "civil");

    /// <summary>How recent a proof must be, said right after it (« Justificatif de moins de 3 mois », « … datant de »).</summary>
    private static readonly HashSet<string> Recency = Folded("moins", "datant", "daté", "datée", "dernier", "dernière", "en", "cours", "valide", "validité");

    /// <summary>The facts a « que » clause may prove that are the home itself (« prouvant que vous habitez à cette adresse »).</summary>
    private static readonly HashSet<string> ResidenceFacts = Folded("habitez", "habite", "habitent", "résidez", "réside", "résident", "demeurez",
        "demeure", "domicilié", "domiciliée", "vivez", "vit");

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
        "mentionnée", "notifié", "notifiée", "porté", "portée", "reporté", "reportée", "inscrit", "inscrite", "apparaît", "apparaissent",
        "apparaissant", "écrit", "écrite");

    /// <summary>Papers only an administration issues (« l'arrêté », « la notification »); any other paper (« avis », « courrier »,
    /// « relevé ») needs a public body named in the hint.</summary>
    private static readonly HashSet<string> AdministrationPapers = Folded("notification", "arrêté", "décision", "convocation");

    /// <summary>Items whose papers a private party issues though the catalogue names them (rule 5): a bill or a rent receipt
    /// proving the address, a payslip (rule 7), a company's accounts. A figure written on them is on no public body's paper.</summary>
    private static readonly HashSet<string> PrivatePapersNamed = new(StringComparer.Ordinal) { "address.proof", "tax.income", "business.accounts" };

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
                    || _cues.At(hint, k) is { Entry.Value.Item: { Holding: Holding.Held } paper } && !PrivatePapersNamed.Contains(paper.Id)
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
                return text.Has(OtherOrganisationKinds) ? null : $"{where} « association »";
            }
        }

        // A procedure for associations (the scenario's public) is filed by one.
        return texts.Administration is { } administration && TextFolding.Tokens(administration).Contains("association") ? "administration « association »"
            : texts.Public == "associations" ? "public « associations »"
            : null;
    }

    /// <summary>Kinds of organisation listed beside « association » when the form does not know which one files.</summary>
    private static readonly HashSet<string> OtherOrganisationKinds = Folded("entreprise", "société", "collectivité", "établissement", "commune", "structure");

    /// <summary>Codes only SIRENE gives (the activity code), whoever the organisation is.</summary>
    private static bool SireneOnly(string why) => TextFolding.Tokens(why) is var words && (words.Contains("naf") || words.Contains("ape"));

    private static bool IsAssociation(FieldReading r, TokenText label) =>
        label.Folded.Contains("association") || (r.SubjectCue?.Contains("association", StringComparison.Ordinal) ?? false);
}
