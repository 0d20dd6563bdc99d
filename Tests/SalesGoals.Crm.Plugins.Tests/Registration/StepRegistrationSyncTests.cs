using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Tests.Support;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.Plugins.Tests.Registration;

[TestClass]
public sealed class StepRegistrationSyncTests
{
    private static readonly Assembly PluginAssembly = typeof(PluginBase).Assembly;

    private static SolutionDefinition Solution => SolutionFolder.Definition;

    private static IEnumerable<(Type Type, StepRegistration Step)> Declared() =>
        PluginAssembly.GetTypes()
            .Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract && t.GetProperty("Step", BindingFlags.Public | BindingFlags.Static) != null)
            .Select(t => (t, (StepRegistration)t.GetProperty("Step", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!));

    private static List<StepDefinition> OurSteps() =>
        Solution.Steps.Where(s => s.PluginTypeName.StartsWith("SalesGoals.Crm.Plugins.", StringComparison.Ordinal)).ToList();

    [TestMethod]
    public void EveryPluginClass_DeclaresAStep_ThatSolutionRegistersIdentically()
    {
        var steps = OurSteps().ToDictionary(s => s.Id);
        foreach (var (type, declared) in Declared())
        {
            Assert.IsTrue(steps.TryGetValue(declared.Id, out var registered), $"{type.Name}: no Solution/SdkMessageProcessingSteps/{{{declared.Id}}}.xml");
            Assert.AreEqual(type.FullName, registered.PluginTypeName, type.Name);
            Assert.AreEqual(declared.Message, registered.MessageName, type.Name);
            Assert.AreEqual(declared.Table, registered.PrimaryEntity, type.Name);
            Assert.AreEqual(declared.Stage, registered.Stage, type.Name);
            Assert.AreEqual(declared.Mode, registered.Mode, type.Name);
            Assert.AreEqual(declared.Rank, registered.Rank, type.Name);
            CollectionAssert.AreEquivalent(declared.FilteringAttributes.ToList(), registered.FilteringAttributes.ToList(), type.Name + " filtering attributes");
            Assert.AreEqual(declared.Images.Count, registered.Images.Count, type.Name + " images");
            foreach (var image in declared.Images)
            {
                var match = registered.Images.SingleOrDefault(i => i.EntityAlias == image.Alias);
                Assert.IsNotNull(match, $"{type.Name}: image {image.Alias} is not registered");
                Assert.AreEqual(image.ImageType, match.ImageType, type.Name);
                Assert.AreEqual(image.MessagePropertyName, match.MessagePropertyName, type.Name);
                CollectionAssert.AreEquivalent(image.Attributes.ToList(), match.Attributes.ToList(), type.Name + " image attributes");
            }
        }
    }

    [TestMethod]
    public void EveryRegisteredStep_NamesAPluginClassThatDeclaresIt()
    {
        var declared = Declared().ToDictionary(d => d.Step.Id, d => d.Type);
        foreach (var step in OurSteps())
        {
            Assert.IsTrue(declared.TryGetValue(step.Id, out var type), $"{step.SourceFile}: no plug-in class declares step {step.Id}");
            Assert.AreEqual(type.FullName, step.PluginTypeName, step.SourceFile);
        }
    }

    [TestMethod]
    public void PluginAssemblyRegistration_MatchesTheBuiltAssemblyNameAndKey()
    {
        var token = string.Concat(PluginAssembly.GetName().GetPublicKeyToken()!.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        var registration = Solution.PluginAssemblies.Single(a => a.Name == PluginAssembly.GetName().Name);
        StringAssert.Contains(registration.FullName, "PublicKeyToken=" + token);
        var pluginTypes = PluginAssembly.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract).Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(pluginTypes, registration.Types.Select(t => t.TypeName).OrderBy(n => n, StringComparer.Ordinal).ToList());
    }

    [TestMethod]
    public void EveryPluginClass_IsAStepOrACustomApi()
    {
        var plugins = PluginAssembly.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var withoutStep = plugins.Where(t => t.GetProperty("Step", BindingFlags.Public | BindingFlags.Static) == null).Select(t => t.Name).ToList();

        var customApis = Solution.CustomApis.Where(a => a.PluginTypeName != null).Select(a => a.PluginTypeName!.Split('.').Last()).ToList();

        CollectionAssert.AreEquivalent(customApis, withoutStep, "a plug-in class without a step must implement a Custom API in Solution/customapis, and vice versa");
    }

    [TestMethod]
    [DataRow("sg_RecalculateGoal", "GoalId", "Actual", DisplayName = "sg_RecalculateGoal")]
    [DataRow("sg_EvaluatePace", "AsOf", "NextGoalId", DisplayName = "sg_EvaluatePace")]
    public void CustomApi_DeclaredInSolution_NamesItsClassAndParameters(string uniqueName, string parameter, string property)
    {
        var api = Solution.CustomApis.Single(a => a.UniqueName == uniqueName);
        var type = PluginAssembly.GetType(api.PluginTypeName!);

        Assert.IsNotNull(type, api.PluginTypeName);
        Assert.AreEqual(uniqueName, type.GetField("MessageName")!.GetValue(null));
        Assert.IsTrue(api.RequestParameters.Any(p => p.UniqueName == parameter), parameter);
        Assert.IsTrue(api.ResponseProperties.Any(p => p.UniqueName == property), property);
        Assert.AreEqual("重新计算目标", Solution.CustomApis.Single(a => a.UniqueName == "sg_RecalculateGoal").DisplayNames[2052]);
    }

    [TestMethod]
    public void CustomApiNamingAMissingPluginType_FailsToLoad()
    {
        var real = Solution.CustomApis.Single(a => a.UniqueName == "sg_EvaluatePace");
        var broken = Solution with { CustomApis = [real with { PluginTypeName = "SalesGoals.Crm.Plugins.Progress.NoSuchSweep" }] };

        var build = () => new LocalDataverseBuilder().WithSolution(broken).WithPluginAssembly(PluginAssembly).Build();

        var error = Assert.ThrowsExactly<LocalDataverseConfigurationException>(build);
        StringAssert.Contains(error.Message, "NoSuchSweep");
    }

    [TestMethod]
    public void RealSolution_LoadsIntoTheLocalPipeline()
    {
        var env = GoalWorld.Create().Env;

        Assert.IsNotNull(env.Metadata);
    }

    [TestMethod]
    [DataRow("SalesGoals.Crm.Plugins.Goals.NoSuchPlugin", "sg_targetvalue", DisplayName = "unknown class")]
    [DataRow("SalesGoals.Crm.Plugins.Goals.CheckGoalOnUpdate", "sg_nosuchcolumn", DisplayName = "unknown column")]
    public void StepForMissingClassOrColumn_FailsToLoad(string pluginType, string filteringColumn)
    {
        var real = OurSteps().Single(s => s.PluginTypeName.EndsWith(".CheckGoalOnUpdate", StringComparison.Ordinal));
        var broken = real with { Id = Guid.NewGuid(), PluginTypeName = pluginType, FilteringAttributes = [filteringColumn] };

        var build = () => new LocalDataverseBuilder().WithSolution(Solution).WithStep(broken).WithPluginAssembly(PluginAssembly).Build();

        Assert.ThrowsExactly<LocalDataverseConfigurationException>(build);
    }
}
