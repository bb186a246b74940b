using Observatoire.Probes.Runner.Scaffolding;
using YamlDotNet.RepresentationModel;

namespace Observatoire.Probes.Tests.Scaffolding;

/// <summary>The values a draft proposes must be accepted by the forms that check them: right length, valid keys.</summary>
public sealed class SyntheticValuesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Test]
    public void Identifiers_have_valid_keys_checked_against_published_examples()
    {
        Assert.Multiple(() =>
        {
            // The IBAN of the ISO 13616 French example, and a NIR whose key is published with it.
            Assert.That(SyntheticValues.Iban("30006", "00001", "12345678901"), Is.EqualTo("FR7630006000011234567890189"));
            Assert.That(Checksums.NirKey("2550814168025"), Is.EqualTo("38"));
            Assert.That(Checksums.IsLuhnValid("73282932000074"), Is.True, "a real SIRET (INSEE's own)");
            Assert.That(Checksums.IsLuhnValid("73282932000075"), Is.False);
        });
    }

    [TestCase("Numéro SIRET de l’établissement", @"^\d{14}$")]
    [TestCase("SIREN", @"^\d{9}$")]
    public void Company_numbers_pass_the_Luhn_check(string label, string shape)
    {
        var value = SyntheticValues.For(new FieldShape { Label = label }, Today);
        Assert.That(value.Value, Does.Match(shape));
        Assert.That(Checksums.IsLuhnValid(value.Value), Is.True, value.Value);
        Assert.That(value.Todo, Is.Null);
    }

    [TestCase("Numéro fiscal", null, null, @"^\d{13}$")]
    [TestCase("Code postal", null, null, @"^\d{5}$")]
    [TestCase("Date de naissance", "date", null, @"^19\d\d-\d\d-\d\d$")]
    [TestCase("Date d’entrée souhaitée", "date", null, @"^2027-01-31$")]
    [TestCase("Téléphone portable", "tel", null, @"^0[67]\d{8}$")]
    [TestCase("Courriel", "email", null, @"^[a-z.]+@example\.fr$")]
    [TestCase("Numéro de sécurité sociale", null, null, @"^[12]\d{14}$")]
    [TestCase(null, "text", "postal-code", @"^\d{5}$")]
    public void Values_have_the_shape_the_field_asks(string? label, string? input, string? autocomplete, string shape)
    {
        var value = SyntheticValues.For(new FieldShape { Label = label, Input = input, Autocomplete = autocomplete }, Today);
        Assert.That(value.Value, Does.Match(shape));
        Assert.That(value.Todo, Is.Null);
    }

    [TestCase("Format : JJ/MM/AAAA", null, "12/03/1984")]
    [TestCase(null, "jj/mm/aaaa", "12/03/1984")]
    [TestCase("Au format AAAA-MM-JJ", null, "1984-03-12")]
    [TestCase(null, null, "12/03/1984")]
    public void A_date_typed_in_a_text_field_is_written_as_the_field_asks(string? hint, string? placeholder, string expected)
    {
        var value = SyntheticValues.For(new FieldShape { Label = "Date de naissance", Input = "text", Hint = hint, Placeholder = placeholder }, Today);
        Assert.That(value.Value, Is.EqualTo(expected));
    }

    [TestCase("Demande de place en crèche — Votre enfant", "2025-12-01")]
    [TestCase("Demande de bourse de collège — Votre enfant", "2014-09-04")]
    public void A_childs_birth_date_fits_the_procedure(string page, string expected)
    {
        var value = SyntheticValues.For(new FieldShape { Label = "Date de naissance de l’enfant", Input = "date", Page = page }, Today);
        Assert.That(value.Value, Is.EqualTo(expected));
    }

    [Test]
    public void A_value_the_field_would_refuse_is_a_TODO()
    {
        var value = SyntheticValues.For(new FieldShape { Label = "Code postal", Pattern = "[0-9]{2} [0-9]{3}" }, Today);
        Assert.That(value.Todo, Does.StartWith("unknown required format"));

        var unknown = SyntheticValues.For(new FieldShape { Label = "Numéro de dossier", InputMode = "numeric", MaxLength = 8 }, Today);
        Assert.That(unknown.Value, Is.EqualTo("12345678"));
        Assert.That(unknown.Todo, Does.StartWith("unknown required format"));
    }

    [TestCase("0612345678")]
    [TestCase("2017-09-04")]
    [TestCase("yes")]
    [TestCase("${nom}")]
    [TestCase("Justificatif: domicile")]
    [TestCase("Prénom #2")]
    [TestCase("[a]")]
    [TestCase("MOREAU")]
    [TestCase("12 rue des Tilleuls")]
    public void A_scalar_reads_back_as_the_same_string_in_a_flow_mapping(string value)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader($"- fill: {{ label: x, value: {DraftYaml.Scalar(value)} }}"));
        var step = (YamlMappingNode)((YamlSequenceNode)yaml.Documents[0].RootNode).Children[0];
        var fill = (YamlMappingNode)step.Children[new YamlScalarNode("fill")];
        var read = (YamlScalarNode)fill.Children[new YamlScalarNode("value")];

        Assert.That(read.Value, Is.EqualTo(value));
        Assert.That(read.Style == YamlDotNet.Core.ScalarStyle.Plain, Is.EqualTo(value is "MOREAU" or "12 rue des Tilleuls"), "quoted only when a YAML reader could take it for another type");
    }
}
