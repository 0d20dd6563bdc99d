using System;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Users;

[TestClass]
public sealed class UserResolverExternalTests
{
    private static readonly ExternalUserRef[] Directory =
    [
        new("e-wang", "wang.fang@contoso.cn"),
        new("e-chen-1", "chen@contoso.cn"),
        new("e-chen-2", "Chen@Contoso.cn"),
    ];

    [TestMethod]
    [DataRow(UserMatchStrategy.ByEmail, "Li", true, UserResolutionOutcome.Resolved, "z-li", DisplayName = "explicit row first")]
    [DataRow(UserMatchStrategy.ByEmail, "Wang", true, UserResolutionOutcome.Resolved, "e-wang", DisplayName = "e-mail in the vendor's directory, any case")]
    [DataRow(UserMatchStrategy.ByEmail, "ChenA", true, UserResolutionOutcome.Ambiguous, null, DisplayName = "two vendor accounts share the e-mail")]
    [DataRow(UserMatchStrategy.ByEmail, "Wang", false, UserResolutionOutcome.MissingKey, null, DisplayName = "e-mail matching without the directory")]
    [DataRow(UserMatchStrategy.ByEmail, "Zhao", true, UserResolutionOutcome.Disabled, null, DisplayName = "disabled Dataverse user")]
    [DataRow(UserMatchStrategy.ByExternalId, "Wang", false, UserResolutionOutcome.Resolved, "z-wang", DisplayName = "external id stored on the user")]
    [DataRow(UserMatchStrategy.Explicit, "Wang", true, UserResolutionOutcome.NotFound, null, DisplayName = "explicit-only, no row")]
    [DataRow(UserMatchStrategy.ByEmail, "Ghost", true, UserResolutionOutcome.NotFound, null, DisplayName = "unknown Dataverse user")]
    public void ResolveExternal_Case_GivesExpectedOutcome(UserMatchStrategy strategy, string who, bool withDirectory, UserResolutionOutcome outcome, string? externalId)
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Fenxiang).MatchUsers(strategy).User("z-li", TestUsers.Li.Id).Build();
        var resolver = new UserResolver(mapping, TestUsers.All);
        var id = who switch
        {
            "Li" => TestUsers.Li.Id,
            "Wang" => TestUsers.Wang.Id,
            "ChenA" => TestUsers.ChenA.Id,
            "Zhao" => TestUsers.Zhao.Id,
            _ => Guid.Parse("0badf00d-0000-0000-0000-000000000000"),
        };

        var result = resolver.ResolveExternal(id, withDirectory ? Directory : null);

        Assert.AreEqual(outcome, result.Outcome, result.Reason);
        Assert.AreEqual(externalId, result.ExternalUserId);
        Assert.IsFalse(string.IsNullOrWhiteSpace(result.Reason));
    }
}
