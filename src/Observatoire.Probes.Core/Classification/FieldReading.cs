using System.Text;

namespace Observatoire.Probes.Classification;

/// <summary>Whose data a field asks (rule 1 of the hard cases).</summary>
public enum Subject
{
    /// <summary>The person the procedure is for (the default).</summary>
    Applicant,
    /// <summary>Their spouse, children, dependants: held like theirs.</summary>
    Household,
    /// <summary>Someone else: an employer, a landlord, a helper, a guarantor, a doctor… Not held.</summary>
    ThirdParty,
    /// <summary>The organisation that files: its register holds its name and address.</summary>
    Organisation,
}

/// <summary>What kind of thing the field asks.</summary>
public enum ObjectKind
{
    Datum,
    Document,
    Key,
}

/// <summary>What the wording says about the datum beside its topic (rule 3, rule 5).</summary>
public enum Qualifier
{
    None,
    /// <summary>Not the applicant's current home: another address, a place.</summary>
    OtherAddress,
    /// <summary>A fact or a date about the home (arrival date, surface, tenant or owner).</summary>
    AddressFact,
    /// <summary>From abroad: foreign bodies hold nothing here.</summary>
    Foreign,
}

/// <summary>Who issued the document a field asks for (rule 5).</summary>
public enum Issuer
{
    Unknown,
    Public,
    Private,
}

/// <summary>
/// The structured reading of a field, decided separately from its topic: the subject, the object, the qualifier, the
/// issuer, and the context they were read in; each with the cue behind it, so a reviewer sees why.
/// </summary>
public sealed record FieldReading(
    Subject Subject,
    string? SubjectCue,
    ObjectKind Asks,
    string? ObjectCue,
    Qualifier Qualifier,
    string? QualifierCue,
    Issuer Issuer,
    string? IssuerCue,
    string? Context)
{
    public static readonly FieldReading Default = new(Subject.Applicant, null, ObjectKind.Datum, null, Qualifier.None, null, Issuer.Unknown, null, null) { ByTypist = true };

    /// <summary>True when the field is about the person typing the form: no one is named, or only « vous », « je », « Vos
    /// coordonnées » (on a structure's procedure, their professional data), not someone the procedure is about, nor the one
    /// it is for named by its role (« Identification du demandeur »).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool ByTypist { get; init; }

    /// <summary>The reading in French, as the evidence shows it: « sujet : tiers (libellé « garant ») ; objet : pièce… ».</summary>
    public string Describe() => Describe(new System.Text.StringBuilder()).ToString();

    internal System.Text.StringBuilder Describe(System.Text.StringBuilder text)
    {
        text.Append("sujet : ").Append(Subject switch
        {
            Subject.Household => "foyer",
            Subject.ThirdParty => "tiers",
            Subject.Organisation => "organisation",
            _ => "demandeur",
        });
        Cue(text, SubjectCue).Append(" ; objet : ").Append(Asks switch
        {
            ObjectKind.Document => "pièce",
            ObjectKind.Key => "identifiant",
            _ => "donnée",
        });
        Cue(text, ObjectCue);
        if (Qualifier != Qualifier.None)
        {
            text.Append(" ; qualificatif : ").Append(Qualifier switch
            {
                Qualifier.OtherAddress => "autre adresse ou lieu",
                Qualifier.AddressFact => "fait sur le logement",
                _ => "étranger",
            });
            Cue(text, QualifierCue);
        }

        if (Issuer != Issuer.Unknown)
        {
            text.Append(" ; émetteur : ").Append(Issuer == Issuer.Public ? "organisme public" : "partie privée");
            Cue(text, IssuerCue);
        }

        if (Context is not null)
        {
            text.Append(" ; contexte : ").Append(Context);
        }

        return text;
    }

    private static System.Text.StringBuilder Cue(System.Text.StringBuilder text, string? cue) => cue is null ? text : text.Append(" (").Append(cue).Append(')');

}
