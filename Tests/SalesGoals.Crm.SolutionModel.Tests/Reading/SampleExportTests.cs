using System;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Tests.Support;
using SalesGoals.Crm.SolutionModel.Validation;

namespace SalesGoals.Crm.SolutionModel.Tests.Reading;

/// <summary>The public export sample (a fixture of this project), read exactly as Dataverse wrote it.</summary>
[TestClass]
public sealed class SampleExportTests
{
    private static SolutionDefinition Sample => SolutionReader.Load(TestPaths.DataverseSample);

    [TestMethod]
    public void Load_Sample_ReadsManifestAndPublisher()
    {
        var solution = Sample;

        Assert.AreEqual("PluginSample", solution.UniqueName);
        Assert.AreEqual("1.0", solution.Version);
        Assert.AreEqual(new PublisherDefinition("mikeochs", "ochs", 65563), solution.Publisher);
        CollectionAssert.AreEqual(new[] { 1033 }, solution.Languages.ToArray());
        Assert.IsEmpty(solution.Tables);
    }

    [TestMethod]
    public void Load_Sample_ReadsThePluginAssemblyAndItsType()
    {
        var assembly = Sample.PluginAssemblies.Single();

        Assert.AreEqual(Guid.Parse("ff6b0d16-d1ce-4b81-873a-ec6d79a20aba"), assembly.Id);
        Assert.AreEqual("Plugins", assembly.Name);
        Assert.AreEqual("Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=226b3062f5304b83", assembly.FullName);
        var type = assembly.Types.Single();
        Assert.AreEqual(Guid.Parse("a75e5a9d-2c00-4d17-8712-e5768cb3cc4d"), type.Id);
        Assert.AreEqual("Plugins.AccountPlugin", type.TypeName);
        Assert.AreEqual("Plugins.AccountPlugin, Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=226b3062f5304b83", type.AssemblyQualifiedName);
        Assert.AreEqual("2b168cfe-3638-48c5-9403-820f0ae2952f", type.FriendlyName);
    }

    [TestMethod]
    public void Load_Sample_ReadsTheStepWithItsRegistration()
    {
        var step = Sample.Steps.Single();

        Assert.AreEqual(Guid.Parse("a5191a6b-9290-ee11-8179-000d3a354bf5"), step.Id);
        Assert.AreEqual("Plugins.AccountPlugin: Create of account", step.Name);
        Assert.AreEqual("Create", step.MessageName);
        Assert.AreEqual(SdkMessages.Create.Id, step.MessageId);
        Assert.AreEqual("account", step.PrimaryEntity);
        Assert.IsNull(step.SecondaryEntity);
        Assert.AreEqual(40, step.Stage);
        Assert.AreEqual(0, step.Mode);
        Assert.AreEqual(1, step.Rank);
        Assert.IsEmpty(step.FilteringAttributes);
        Assert.AreEqual("Plugins.AccountPlugin", step.PluginTypeName);
        Assert.AreEqual(Guid.Parse("a75e5a9d-2c00-4d17-8712-e5768cb3cc4d"), step.PluginTypeId);
        Assert.IsFalse(step.AsyncAutoDelete);
        Assert.AreEqual(0, step.SupportedDeployment);
        Assert.IsNull(step.ImpersonatingUserId);
    }

    [TestMethod]
    public void Load_Sample_ReadsThePostImageWithAllAttributes()
    {
        var image = Sample.Steps.Single().Images.Single();

        Assert.AreEqual(Guid.Parse("96212371-9290-ee11-8179-000d3a354bf5"), image.Id);
        Assert.AreEqual("PostImage", image.EntityAlias);
        Assert.AreEqual("PostImage", image.Name);
        Assert.AreEqual(1, image.ImageType);
        Assert.AreEqual("id", image.MessagePropertyName);
        Assert.IsEmpty(image.Attributes, "an empty Attributes element means every column");
    }

    [TestMethod]
    public void Validate_Sample_HasNoProblems()
    {
        var problems = SolutionValidator.Validate(Sample);

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }
}
