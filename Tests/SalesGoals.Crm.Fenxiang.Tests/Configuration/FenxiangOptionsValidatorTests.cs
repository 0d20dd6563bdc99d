using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Configuration;

namespace SalesGoals.Crm.Fenxiang.Tests.Configuration;

[TestClass]
public sealed class FenxiangOptionsValidatorTests
{
    [TestMethod]
    public void Resolve_MissingSecretsAndWrongHost_FailsListingEveryProblemWithoutSecrets()
    {
        var services = new ServiceCollection().AddLogging()
            .AddFenxiang(o =>
            {
                o.BaseUrl = new Uri("https://www.fxiaoke.com");
                o.AppId = "FSAID_1";
                o.PermanentCode = "SECRET-CODE";
                o.ActingUserId = "1000";
            })
            .BuildServiceProvider();

        var error = Assert.ThrowsExactly<OptionsValidationException>(() => services.GetRequiredService<IFenxiangClient>().ToString());

        Assert.Contains("www.fxiaoke.com", error.Message);
        Assert.Contains("Fenxiang:AppSecret is required", error.Message);
        Assert.Contains("FSUID_", error.Message, "legacy auth needs an FSUID acting user");
        Assert.DoesNotContain("SECRET-CODE", error.Message);
    }

    [TestMethod]
    [DataRow(FenxiangAuthStyle.Header, "1000")]
    [DataRow(FenxiangAuthStyle.LegacyBody, "FSUID_00000000000000000000000000001000")]
    public void Validate_CompleteOptions_Succeeds(FenxiangAuthStyle style, string actingUser)
    {
        var options = new FenxiangOptions { AppId = "a", AppSecret = "s", PermanentCode = "p", AuthStyle = style, ActingUserId = actingUser };

        var result = new FenxiangOptionsValidator().Validate(null, options);

        Assert.IsTrue(result.Succeeded, result.FailureMessage);
    }

    [TestMethod]
    public void Validate_ZeroConcurrencyAndNegativeSpacing_Fails()
    {
        var options = new FenxiangOptions
        {
            AppId = "a", AppSecret = "s", PermanentCode = "p", AuthStyle = FenxiangAuthStyle.Header, ActingUserId = "1000",
            MaxConcurrentRequests = 0, EndpointSpacing = TimeSpan.FromSeconds(-1),
        };

        var result = new FenxiangOptionsValidator().Validate(null, options);

        Assert.IsTrue(result.Failed);
        Assert.Contains("MaxConcurrentRequests", result.FailureMessage);
        Assert.Contains("EndpointSpacing", result.FailureMessage);
    }
}
