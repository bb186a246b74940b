namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>The twelve demo procedures, in the order of the index page.</summary>
internal sealed class ProcedureCatalog
{
    public ProcedureCatalog()
    {
        All =
        [
            BourseCollege.Definition,
            BourseLycee.Definition,
            AideJuridictionnelle.Definition,
            LogementSocial.Definition,
            CantineTarifSocial.Definition,
            Creche.Definition,
            ComplementaireSanteSolidaire.Definition,
            Rsa.Definition,
            CarteGrise.Definition,
            ChequeEnergie.Definition,
            AideTpe.Definition,
            SubventionAssociation.Definition,
        ];
    }

    public IReadOnlyList<ProcedureDefinition> All { get; }

    public ProcedureDefinition? Find(string id) => All.FirstOrDefault(p => p.Id == id);
}
