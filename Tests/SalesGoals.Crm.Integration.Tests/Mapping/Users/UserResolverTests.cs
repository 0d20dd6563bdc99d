using System;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Users;

[TestClass]
public sealed class UserResolverTests
{
    private static readonly Guid Ghost = Guid.Parse("0badf00d-0000-0000-0000-000000000000");

    [TestMethod]
    [DataRow(UserMatchStrategy.ByEmail, "z-li", null, UserResolutionOutcome.Resolved, "Li Wei", UserMatchSource.ExplicitTable, DisplayName = "explicit row wins without an e-mail")]
    [DataRow(UserMatchStrategy.ByEmail, "x1", "WANG.FANG@contoso.cn", UserResolutionOutcome.Resolved, "Wang Fang", UserMatchSource.Email, DisplayName = "e-mail ignores case")]
    [DataRow(UserMatchStrategy.ByEmail, "x1", " wang.fang@contoso.cn ", UserResolutionOutcome.Resolved, "Wang Fang", UserMatchSource.Email, DisplayName = "e-mail ignores surrounding spaces")]
    [DataRow(UserMatchStrategy.ByEmail, "x2", "zhao.lei@contoso.cn", UserResolutionOutcome.Disabled, null, UserMatchSource.Email, DisplayName = "disabled user does not resolve")]
    [DataRow(UserMatchStrategy.ByEmail, "x3", "chen@contoso.cn", UserResolutionOutcome.Ambiguous, null, UserMatchSource.Email, DisplayName = "two active users share an e-mail")]
    [DataRow(UserMatchStrategy.ByEmail, "x4", "nobody@contoso.cn", UserResolutionOutcome.NotFound, null, UserMatchSource.Email, DisplayName = "unknown e-mail")]
    [DataRow(UserMatchStrategy.ByEmail, "x5", null, UserResolutionOutcome.MissingKey, null, UserMatchSource.Email, DisplayName = "no e-mail to match on")]
    [DataRow(UserMatchStrategy.ByExternalId, "z-wang", null, UserResolutionOutcome.Resolved, "Wang Fang", UserMatchSource.ExternalId, DisplayName = "external id")]
    [DataRow(UserMatchStrategy.ByExternalId, "Z-WANG", null, UserResolutionOutcome.NotFound, null, UserMatchSource.ExternalId, DisplayName = "external ids are case-sensitive")]
    [DataRow(UserMatchStrategy.ByExternalId, "z-chen", null, UserResolutionOutcome.Ambiguous, null, UserMatchSource.ExternalId, DisplayName = "two users share an external id")]
    [DataRow(UserMatchStrategy.ByExternalId, "z-zhao", null, UserResolutionOutcome.Disabled, null, UserMatchSource.ExternalId, DisplayName = "external id of a disabled user")]
    [DataRow(UserMatchStrategy.Explicit, "x1", "wang.fang@contoso.cn", UserResolutionOutcome.NotFound, null, null, DisplayName = "explicit-only ignores the e-mail")]
    [DataRow(UserMatchStrategy.Explicit, "z-li", null, UserResolutionOutcome.Resolved, "Li Wei", UserMatchSource.ExplicitTable, DisplayName = "explicit-only uses the table")]
    [DataRow(UserMatchStrategy.ByEmail, "z-old", "wang.fang@contoso.cn", UserResolutionOutcome.Disabled, null, UserMatchSource.ExplicitTable, DisplayName = "explicit row to a disabled user is not overridden by e-mail")]
    [DataRow(UserMatchStrategy.ByEmail, "z-ghost", null, UserResolutionOutcome.NotFound, null, UserMatchSource.ExplicitTable, DisplayName = "explicit row to a missing user")]
    [DataRow(UserMatchStrategy.ByEmail, "z-dup", null, UserResolutionOutcome.Ambiguous, null, UserMatchSource.ExplicitTable, DisplayName = "explicit rows disagree")]
    public void Resolve_Case_GivesExpectedOutcome(
        UserMatchStrategy strategy, string externalId, string? email, UserResolutionOutcome outcome, string? resolvedName, UserMatchSource? source)
    {
        var resolver = new UserResolver(Mapping(strategy), TestUsers.All);

        var result = resolver.Resolve(new ExternalUserRef(externalId, email));

        Assert.AreEqual(outcome, result.Outcome, result.Reason);
        Assert.AreEqual(source, result.Source);
        Assert.AreEqual(resolvedName, TestUsers.All.SingleOrDefault(u => u.Id == result.SystemUserId)?.FullName);
        Assert.AreEqual(outcome == UserResolutionOutcome.Resolved, result.IsResolved);
        Assert.IsFalse(string.IsNullOrWhiteSpace(result.Reason));
    }

    [TestMethod]
    public void Resolve_Ambiguous_ListsEveryCandidate()
    {
        var resolver = new UserResolver(Mapping(UserMatchStrategy.ByEmail), TestUsers.All);

        var result = resolver.Resolve("x3", "chen@contoso.cn");

        CollectionAssert.AreEquivalent(new[] { TestUsers.ChenA.Id, TestUsers.ChenB.Id }, result.Candidates.ToArray());
        StringAssert.Contains(result.Reason, "Chen (sales)");
    }

    private static CrmMapping Mapping(UserMatchStrategy strategy) => new CrmMappingBuilder(ExternalSystem.Zoho)
        .MatchUsers(strategy)
        .User("z-li", TestUsers.Li.Id)
        .User("z-old", TestUsers.Zhao.Id)
        .User("z-ghost", Ghost)
        .User("z-dup", TestUsers.Li.Id)
        .User("z-dup", TestUsers.Wang.Id)
        .Build();
}
