using System;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Users;

/// <summary>A system user the connector names (Fenxiang's "-10000" owns imported and flow-created records); no
/// matching rule may credit its deals to a person, only an explicit row ops wrote on purpose.</summary>
[TestClass]
public sealed class UserResolverSystemUserTests
{
    // An integration account whose stored Fenxiang id happens to be the system user's.
    private static readonly DataverseUser ServiceAccount = new(Guid.Parse("a1a1a1a1-0000-0000-0000-000000000009"), "svc@contoso.cn", true, "-10000", "Integration");

    [TestMethod]
    [DataRow(UserMatchStrategy.ByExternalId, null)]
    [DataRow(UserMatchStrategy.ByEmail, "svc@contoso.cn")]
    public void Resolve_FenxiangSystemUser_IsNotMatchedByAnyRule(UserMatchStrategy strategy, string? email)
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Fenxiang).SystemUser("-10000").MatchUsers(strategy).Build();
        var resolver = new UserResolver(mapping, [.. TestUsers.All, ServiceAccount]);

        var result = resolver.Resolve("-10000", email);

        Assert.AreEqual(UserResolutionOutcome.NotFound, result.Outcome);
        StringAssert.Contains(result.Reason, "system user");
    }

    [TestMethod]
    public void Resolve_FenxiangSystemUser_WithAnExplicitRow_GoesWhereOpsSaid()
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Fenxiang).SystemUser("-10000").MatchUsers(UserMatchStrategy.ByEmail).User("-10000", TestUsers.Li.Id).Build();
        var resolver = new UserResolver(mapping, TestUsers.All);

        var result = resolver.Resolve("-10000", null);

        Assert.AreEqual(TestUsers.Li.Id, result.SystemUserId);
    }

    [TestMethod]
    public void Resolve_ZohoUserWithTheSameId_IsMatchedNormally()
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Zoho).MatchUsers(UserMatchStrategy.ByExternalId).Build();
        var resolver = new UserResolver(mapping, [.. TestUsers.All, ServiceAccount]);

        var result = resolver.Resolve("-10000", null);

        Assert.AreEqual(ServiceAccount.Id, result.SystemUserId);
    }
}
