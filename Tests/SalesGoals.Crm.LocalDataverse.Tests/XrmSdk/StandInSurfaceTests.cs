using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

/// <summary>
/// The stand-in (Plugins/XrmSdk) offers nothing the official 9.x assemblies lack or name differently:
/// every public type, member, parameter name and enum value it exposes is in the recorded official
/// surface. Code that compiles against the stand-in then compiles against the official assemblies.
/// </summary>
[TestClass]
public sealed class StandInSurfaceTests
{
    [TestMethod]
    [DataRow("Microsoft.Xrm.Sdk")]
    [DataRow("Microsoft.Crm.Sdk.Proxy")]
    public void Describe_StandInAssembly_EveryPublicMemberIsOfficial(string assemblyName)
    {
        var assembly = assemblyName == "Microsoft.Xrm.Sdk" ? typeof(Entity).Assembly : typeof(WhoAmIRequest).Assembly;
        if (IsOfficial(assembly))
        {
            Assert.Inconclusive("Built against the official assemblies (-p:XrmSdkDir or the package): nothing to compare.");
        }

        var notOfficial = OfficialSurface.Describe(assembly)
            .Where(line => !OfficialSurface.StandInTypeMembers.Contains(line))
            .OrderBy(line => line, System.StringComparer.Ordinal)
            .ToList();

        Assert.IsEmpty(notOfficial, "Not in the official 9.x surface (Fixtures/OfficialSdk):\n" + string.Join("\n", notOfficial));
    }

    /// <summary>The official assemblies carry Microsoft's public key token 31bf3856ad364e35.</summary>
    private static bool IsOfficial(System.Reflection.Assembly assembly) =>
        System.Convert.ToHexString(assembly.GetName().GetPublicKeyToken() ?? []).Equals("31BF3856AD364E35", System.StringComparison.Ordinal);
}
