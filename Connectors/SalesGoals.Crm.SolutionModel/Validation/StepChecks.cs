using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>The checks <see cref="SolutionValidator"/> runs on one plug-in step.</summary>
internal static class StepChecks
{
    // The messages the platform offers entity images for (Win and Lose, notably, have none).
    private static readonly HashSet<string> MessagesWithImages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Create", "Update", "Delete", "Assign", "SetState", "SetStateDynamicEntity", "Merge", "Route", "Send",
        "DeliverIncoming", "DeliverPromote",
    };

    public static void Check(
        StepDefinition step,
        PublisherDefinition publisher,
        TableCatalog catalog,
        IReadOnlyList<PluginTypeDefinition> pluginTypes,
        List<SolutionProblem> problems)
    {
        var component = string.IsNullOrEmpty(step.SourceFile) ? $"step {step.Name}" : step.SourceFile;
        void Report(string message) => problems.Add(new SolutionProblem(component, message));

        var isCustomApi = step.MessageName.StartsWith(publisher.CustomizationPrefix + "_", StringComparison.OrdinalIgnoreCase);
        if (SdkMessages.FindByName(step.MessageName) is null && !isCustomApi)
        {
            Report($"message {step.MessageName} is neither a known platform message nor a custom API with prefix {publisher.CustomizationPrefix}_");
        }

        CheckPluginType(step, pluginTypes, Report);
        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            Report($"an asynchronous step must run in stage 40, not {step.Stage}");
        }

        if (step.PrimaryEntity is null)
        {
            if (step.FilteringAttributes.Count > 0 || step.Images.Count > 0)
            {
                Report("filtering attributes and images need a primary entity");
            }

            return;
        }

        var table = catalog.Find(step.PrimaryEntity);
        if (table is null)
        {
            Report($"primary entity {step.PrimaryEntity} is not a standard or solution table");
            return;
        }

        if (step.FilteringAttributes.Count > 0 && !step.MessageName.Equals("Update", StringComparison.OrdinalIgnoreCase))
        {
            Report($"filtering attributes apply only to Update, not to {step.MessageName}");
        }

        if (step.Images.Count > 0 && !MessagesWithImages.Contains(step.MessageName))
        {
            Report($"{step.MessageName} has no entity images; read what the message carries (e.g. OpportunityClose for Win and Lose)");
        }

        foreach (var column in step.FilteringAttributes.Where(c => table.FindColumn(c) is null))
        {
            Report($"filtering attribute {column} does not exist on {table.LogicalName}");
        }

        foreach (var image in step.Images)
        {
            CheckImage(step, image, table, Report);
        }
    }

    private static void CheckPluginType(StepDefinition step, IReadOnlyList<PluginTypeDefinition> pluginTypes, Action<string> report)
    {
        var declared = pluginTypes.FirstOrDefault(t => t.TypeName.Equals(step.PluginTypeName, StringComparison.Ordinal));
        if (declared is null)
        {
            report($"plug-in type {step.PluginTypeName} is not declared in any PluginAssemblies/**/*.dll.data.xml");
        }
        else if (step.PluginTypeId is { } id && id != declared.Id)
        {
            report($"PluginTypeId {id} does not match the id {declared.Id} declared for {declared.TypeName}");
        }
    }

    private static void CheckImage(StepDefinition step, StepImageDefinition image, TableDefinition table, Action<string> report)
    {
        foreach (var column in image.Attributes.Where(c => table.FindColumn(c) is null))
        {
            report($"image {image.EntityAlias} names attribute {column}, which does not exist on {table.LogicalName}");
        }

        // The platform has no pre-image on Create and no post-image on Delete.
        var isCreate = step.MessageName.Equals("Create", StringComparison.OrdinalIgnoreCase);
        var isDelete = step.MessageName.Equals("Delete", StringComparison.OrdinalIgnoreCase);
        if (isCreate && image.ImageType is 0 or 2)
        {
            report($"image {image.EntityAlias} is a pre-image, which Create does not have");
        }

        if (isDelete && image.ImageType is 1 or 2)
        {
            report($"image {image.EntityAlias} is a post-image, which Delete does not have");
        }

        if (step.Stage != PipelineStage.PostOperation && image.ImageType is StepImageType.PostImage or StepImageType.Both)
        {
            report($"image {image.EntityAlias} is a post-image, which only stage 40 has");
        }
    }
}
