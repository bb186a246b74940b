using Observatoire.Probes.Catalogue;
using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

// The reading rules applied to the best-scored item, the headings that name a body or a document, and the fallback by shape.
public sealed partial class Classifier
{
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
            if (h.Kind == CueKind.Decisive && h.Source is Source.Label && (decisive is not { } stronger || h.Score > stronger.Score))
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
            && hits.Any(h => h.Source is Source.Label && h.Kind == CueKind.Specific && h.Item.Holding == Holding.Held))
        {
            decisive = null;
        }

        if (decisive is not null && (field.IsUpload || _reader.NamesDocument(asked)))
        {
            foreach (var h in hits)
            {
                // An upload is the document itself, whatever its weight (« Permis de conduire que vous souhaitez renouveler »).
                if (h.Source is Source.Label && h.Kind == CueKind.Specific && h.Item.Holding == Holding.Held && (h.Item.Weight >= 3 || field.IsUpload))
                {
                    decisive = null;
                    break;
                }
            }
        }

        // « Une note ou un commentaire que vous aimeriez donner ? », « Vous pouvez ajouter une explication si vous le souhaitez »:
        // a text area the label asks to write in one's own words is free text; the wish is only the courtesy of the question.
        // A wish asked in a text area (« Quels sont les aménagements que vous souhaiteriez… ? ») is said in the person's own
        // words: free text, as the wish's rule leaves it unheld (rule 8).
        if (decisive is { } asWished && field.Input?.Equals("textarea", StringComparison.OrdinalIgnoreCase) == true && _freeText is not null)
        {
            var ownWords = hits.FirstOrDefault(h => h.Source == Source.Label && h.Item == _freeText);
            chosen = scores.TryGetValue(_freeText.Id, out var freeText) ? freeText : new Match(_freeText, asWished.Score, asWished, 1);
            overridden.UnionWith(scores.Keys.Where(id => id != _freeText.Id));
            return ownWords.Item is not null
                ? $"zone de texte que le libellé demande d'écrire (« {ownWords.Cue} ») : texte libre, quel que soit le souhait qu'il exprime"
                : $"souhait demandé dans une zone de texte (« {asWished.Cue} ») : texte libre, dans les mots de l'usager (règle 8)";
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
            var generics = own.Where(h => h.Source is Source.Label).ToList();
            bool Linked(Hit g, Hit h)
            {
                if (g.Source != Source.Label || g.Item != _identity && g.Item != _postalAddress)
                {
                    return true;
                }

                var k = g.End < asked.Count && asked.Folded[g.End] is "et" or "ou" ? g.End + 1 : g.End;
                // A datum no one holds after the name (« Nom commercial », « Adresse web ») says which; one the label lists
                // after a comma (« Nom, prénoms, profession, domicile ») is another datum asked beside it.
                return (h.Item == _notHeld && !ListedAfter(h))
                    || (k < h.Start && k < asked.Count && asked.Folded[k] is "de" or "du" or "des" or "d" or "a" or "au" or "aux" or "pour" or "chez" or "par");
            }

            // An unheld datum listed after a comma in the label or the hint where it was found (« Nom, prénoms, profession,
            // domicile », « Indiquez ici vos nom, prénoms, profession… ») is one more element of the list (D5).
            bool ListedAfter(Hit h)
            {
                var (raw, text) = h.Source switch { Source.Label => (field.Label, asked), Source.Hint => (field.Hint, hint), _ => (null, TokenText.Empty) };
                return h.Item == _notHeld && raw is not null && h.Start >= 0 && h.Start < text.Count && ListedAfterAComma(raw, text.Plain[h.Start]);
            }

            // « Adresse de l'étudiant », « Nom de l'élève »: a person named by their status owns the name or the address; the
            // status is not what is asked.
            bool Completes(Hit h) => generics.Count == 0 || generics.Any(g => g.Source == h.Source && h.Start >= g.End && h.Start <= g.End + 3 && Linked(g, h)
                && (!(g.Item == _identity || g.Item == _postalAddress) || !NamesPersonByStatus(h, asked)));
            var owner = hits
                .Where(h => h.Item != best.Item && h.Kind != CueKind.Generic && ((h.Source is Source.Label && Completes(h))
                    // A title in the heading says where a name or an address is written, not whose it is (« Nom » under « Votre
                    // carte d'identité » is the holder's civil status).
                    // Nor does a heading that names the person by their status (« Étudiant » over « Code postal »): the datum
                    // is that person's; and a birth is a person's, never their studies' (« Date de naissance » under « Scolarité »).
                    || (h.Source == Source.Legend && h.Item.Holding != Holding.NotHeld && !StatusItems.Contains(h.Item.Id) && h.Item != _otherHeld
                        && !((best.Item == _identity || best.Item == _postalAddress) && (TitleItems.Contains(h.Item.Id) || StatusPersons.Contains(TextFolding.Tokens(h.Cue)[0]) || RightHolders.Contains(h.Cue)))
                        && !(best.Item == _identity && h.Item.Id.StartsWith("education.", StringComparison.Ordinal) && asked.Folded.Contains(BirthWord))
                        // « Adresse » under « La mère, belle-mère ou tutrice »: an act of civil status records a parent's
                        // name and birth, never where they live: the address is theirs, not the record's.
                        && !(best.Item == _postalAddress && h.Item.Id == "civil.record")
                        // « Adresse » under « 1. État civil »: a heading for the person's particulars lists their address beside
                        // their identity; the address is not their civil status.
                        && !(best.Item == _postalAddress && h.Item == _identity)
                        // « Nom » under « Responsable légal 1 : Père Mère », « Coordonnées des parents »: the parent is named as the
                        // child's responsible, who fills the form for the household (D27): their own name, not a record's.
                        && !(h.Item.Id == "civil.record" && (legend.Has(GuardianWords) || TokenText.Of(field.Section).Has(GuardianWords))))
                    || (h.Source == Source.Hint && field.IsUpload)
                    // « adresse courriel » in a hint: the word right after the generic one says which (as in a label).
                    || (h.Source == Source.Hint && own.All(g => g.Source == Source.Hint) && own.Any(g => h.Start == g.End) && !(ListedAfter(h) && (best.Item == _identity || best.Item == _postalAddress)))))
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
        // A register named with its number anywhere (« RC (N° de Registre du Commerce) », « Immatriculée au RCS, numéro ») asks
        // that number: a register extract is only ever uploaded.
        var head = best.Item.Id == "business.registration" && !field.IsUpload ? asked.Folded.FirstOrDefault(w => w is "numero" or "identifiant" or "reference") ?? asked.Head : asked.Head;
        if (best.Item.Holding == Holding.Held && head is not null && FieldReader.IdentifierWords.Contains(head) && !field.IsUpload)
        {
            // « Numéro d'immatriculation de la carte grise » names the document, a « numéro de téléphone » is not a key.
            var phraseHasTheWord = hits.Any(h => h.Item == best.Item && h.Source is Source.Label && h.Why.Contains($"« {head}", StringComparison.Ordinal));
            // A bare « Numéro » under « Carte nationale d'identité » is that card's number: the heading names the record (D16).
            var recordNamed = _reader.NamesRecord(asked) || best.Cause.Source is not (Source.Label or Source.Markup);
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

    /// <summary>« Mes enfants ayants droit »: a person named by the rights they hold, like a status (« Étudiant »): « Nom » under
    /// it is that person's name, not their rights.</summary>
    private static readonly HashSet<string> RightHolders = ["ayant droit", "ayants droit"];

    /// <summary>Words a heading names a child's parents by as the ones answering for the child.</summary>
    private static readonly HashSet<string> GuardianWords = Folded("responsable", "responsables", "coordonnées");

    private static readonly HashSet<string> ValidityWords = Folded("limite", "validite", "expiration", "echeance", "delivrance", "emission");

    /// <summary>
    /// The held document a heading (group, section, page title) names: its catalogue item when a document cue names it
    /// (« Carte nationale d'identité »), « other.held » for a kind of document a public body issues (« Récépissé »); or null.
    /// Only the heading's first catalogue phrase is read. A closed question is about the heading's document only when the
    /// heading names a paper or a record: a vehicle is a thing (« Département du taxi relais » on « Enregistrement d'un
    /// nouveau véhicule »), not its registration.
    /// </summary>
    private (DataItem Item, string Why)? DocumentOfHeading(FieldReader.Texts texts, bool closedQuestion = false)
    {
        var requested = false;
        foreach (var (heading, where) in new[] { (texts.Legend, "groupe"), (texts.Section, "section"), (texts.Page, "titre de page") })
        {
            if (heading.Count == 0)
            {
                continue;
            }

            // A bill or a bank statement proves an address or an account: its own amounts and dates are no one's record.
            if (_cues.First(heading) is { Entry.Value.Item: { Holding: Holding.Held, Id: not ("address.proof" or "bank.rib") } item } found
                && !(item.Id == "driving.licence" && heading.Folded[found.Start] == Permit && PermitOfAnotherKind(heading, found.Start))
                && (item.Id is "identity.document" or "driving.licence" or "civil.record" or "tax.notice"
                    || (item.Id == "vehicle.registration" && !closedQuestion)
                    || Enumerable.Range(found.Start, found.End - found.Start).Any(i => _reader.DocumentAt(heading, i))))
            {
                return (item, $"{where} « {found.Entry.Phrase} »");
            }

            // « Obtenir une carte de commerçant », « Pour tout demandeur de licence »: the heading names what the procedure
            // grants, which the uploads under it serve to obtain; they are not that paper, nor is the page title's.
            if (_reader.PublicDocumentKindIn(heading) is { } kind && _otherHeld is not null)
            {
                requested |= Requested(heading, kind.Start) || ForWhoAsks(heading, kind.Start);
                if (!requested)
                {
                    return (_otherHeld, $"{where} « {kind.Entry.Phrase} »");
                }
            }

            // « 1ère Instance - Tribunal de Grande Instance », « Pourvoi en cassation »: a French court's proceeding, whose
            // record (hearing, decision, fine) the justice keeps (rule 5); a European court is no French body.
            if (FrenchCourtIn(heading) is { } court && _otherHeld is not null)
            {
                return (_otherHeld, $"{where} « {court} »");
            }
        }

        return null;
    }

    /// <summary>« Pour tout demandeur de licence »: the paper at <paramref name="at"/> is what the heading's applicants ask for.
    /// Only of a kind of paper a public body issues: « demandeur d'emploi » or « d'asile » is a status (see <see cref="Requested"/>).</summary>
    private static bool ForWhoAsks(TokenText heading, int at)
    {
        var k = FieldReader.IndexBefore(heading, at);
        return k >= 1 && heading.Folded[k] is "de" or "d" && heading.Folded[k - 1] is "demandeur" or "demandeurs";
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
        // The default item is said by the reason, and only when no later rule decides otherwise (see Reason).
        return item is null ? (null, listed is null ? why : $"non reconnu : {listed}") : (item, $"{noCue} : {why}");
    }

    /// <summary>True when <paramref name="word"/> stands in the raw text right after a comma: one more element of a list.</summary>
    private static bool ListedAfterAComma(string label, string word)
    {
        for (var at = label.IndexOf(word, StringComparison.OrdinalIgnoreCase); at > 0; at = label.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at - 1;
            while (before >= 0 && char.IsWhiteSpace(label[before]))
            {
                before--;
            }

            if (before >= 0 && label[before] is ',' or ';')
            {
                return true;
            }
        }

        return false;
    }
}
