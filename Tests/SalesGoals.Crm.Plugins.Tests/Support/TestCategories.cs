namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Test categories the mutation run filters on (CI runs every test whatever its category).</summary>
public static class TestCategories
{
    /// <summary>
    /// A test that seeds more than a Dataverse page (5,000 records) to check paging and the request budget at size;
    /// it takes 8–20 s alone. Stryker's configuration leaves these out (<c>TestCategory!=Scale</c>): each would run for
    /// every mutant of the recalculation, ledger and progress code, while smaller tests of the same folder already
    /// cover the multi-slice paths they walk. `dotnet test` and CI still run them.
    /// </summary>
    public const string Scale = "Scale";
}
