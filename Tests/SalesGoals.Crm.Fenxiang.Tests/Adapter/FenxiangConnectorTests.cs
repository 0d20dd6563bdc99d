using System;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Integration.Mapping.Users;

namespace SalesGoals.Crm.Fenxiang.Tests.Adapter;

/// <summary>The connector tells the shared mapping code what only Fenxiang knows: its system user 系统 ("-10000")
/// owns imported and flow-created records and is no person.</summary>
[TestClass]
public sealed class FenxiangConnectorTests
{
    // An integration account whose stored Fenxiang id happens to be the system user's.
    private static readonly DataverseUser ServiceAccount = new(Guid.Parse("a1a1a1a1-0000-0000-0000-000000000009"), "svc@contoso.cn", true, "-10000", "Integration");

    [TestMethod]
    [DataRow(UserMatchStrategy.ByExternalId)]
    [DataRow(UserMatchStrategy.ByEmail)]
    public void DefaultMapping_SystemUsersDeal_CreditsNoRep(UserMatchStrategy strategy)
    {
        // Arrange
        var mapping = new FenxiangConnector().DefaultMapping(new MappingSettings(strategy));
        var resolver = new UserResolver(mapping, [ServiceAccount]);

        // Act
        var result = resolver.Resolve("-10000", "svc@contoso.cn");

        // Assert
        Assert.AreEqual(UserResolutionOutcome.NotFound, result.Outcome);
        StringAssert.Contains(result.Reason, "system user");
    }
}
