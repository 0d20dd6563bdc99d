using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads SdkMessageProcessingSteps/{id}.xml.</summary>
internal static partial class StepReader
{
    public static StepDefinition Read(SolutionXmlFile file)
    {
        file.ExpectRoot("SdkMessageProcessingStep");
        var root = file.Root;
        var name = file.RequiredAttribute(root, "Name");
        var id = file.ParseGuid(root, file.RequiredAttribute(root, "SdkMessageProcessingStepId"), "SdkMessageProcessingStepId");
        var messageId = file.ParseGuid(file.RequiredChild(root, "SdkMessageId"), file.RequiredText(root, "SdkMessageId"), "SdkMessageId");
        var messageName = ResolveMessageName(file, messageId, name);
        var stage = file.RequiredInt(root, "Stage");
        if (stage is not (PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation))
        {
            throw file.Error(SolutionXmlFile.Child(root, "Stage"), $"Stage {stage} is not 10 (pre-validation), 20 (pre-operation) or 40 (post-operation)");
        }

        var mode = file.RequiredInt(root, "Mode");
        if (mode is not (StepMode.Synchronous or StepMode.Asynchronous))
        {
            throw file.Error(SolutionXmlFile.Child(root, "Mode"), $"Mode {mode} is not 0 (synchronous) or 1 (asynchronous)");
        }

        // Exports name the handler by PluginTypeName + PluginTypeId; some writers give only its id
        // as <EventHandler>, which SolutionReader then resolves against the plug-in assemblies.
        var qualifiedType = SolutionXmlFile.Text(root, "PluginTypeName") ?? string.Empty;
        var pluginTypeId = file.OptionalGuid(root, "PluginTypeId") ?? file.OptionalGuid(root, "EventHandler");
        if (qualifiedType.Length == 0 && pluginTypeId is null)
        {
            throw file.Error(root, "<SdkMessageProcessingStep> names no plug-in type (PluginTypeName, PluginTypeId or EventHandler)");
        }

        return new StepDefinition(
            id,
            name,
            messageName,
            messageId,
            LowerOrNull(SolutionXmlFile.Text(root, "PrimaryEntity")),
            LowerOrNull(SolutionXmlFile.Text(root, "SecondaryEntity")),
            stage,
            mode,
            file.OptionalInt(root, "Rank") ?? 1,
            SplitNames(SolutionXmlFile.Text(root, "FilteringAttributes")),
            TypeNames.TypePart(qualifiedType),
            pluginTypeId,
            SolutionXmlFile.Text(root, "Configuration"),
            file.OptionalBool(root, "AsyncAutoDelete") ?? false,
            ReadImages(file, root),
            file.OptionalInt(root, "SupportedDeployment") ?? 0,
            file.OptionalGuid(root, "ImpersonatingUserId"))
        {
            PluginTypeAssemblyQualifiedName = qualifiedType,
            Description = SolutionXmlFile.Text(root, "Description"),
            SourceFile = file.RelativePath,
        };
    }

    public static IReadOnlyList<string> SplitNames(string? text) =>
        text is null
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => n.ToLowerInvariant())
                .Distinct()
                .ToArray();

    // A step's SdkMessageId must be the id of a message this model knows: a platform message
    // (SdkMessages) or one of the solution's custom APIs (SdkMessages.CustomApi, named by the step
    // name "<type>: <Message> of <table>"). An unknown id is refused: Dataverse would refuse it too.
    private static string ResolveMessageName(SolutionXmlFile file, Guid messageId, string stepName)
    {
        var match = StepNamePattern().Match(stepName);
        var named = match.Success ? match.Groups["message"].Value : null;
        if (SdkMessages.FindById(messageId) is { } known)
        {
            if (named is not null && SdkMessages.FindByName(named) is { } other && other.Id != known.Id)
            {
                throw file.Error(file.Root, $"SdkMessageId {messageId} is the id of {known.Name}, but the step name '{stepName}' says {other.Name}");
            }

            return known.Name;
        }

        if (named is not null && SdkMessages.FindByName(named) is null && SdkMessages.CustomApi(named).Id == messageId)
        {
            return named;
        }

        throw file.Error(file.Root, $"SdkMessageId {messageId} is not the id of a message this model knows (a platform message in SdkMessages, or a custom API's id from SdkMessages.CustomApi); step '{stepName}'");
    }

    private static List<StepImageDefinition> ReadImages(SolutionXmlFile file, XElement root)
    {
        var images = new List<StepImageDefinition>();
        foreach (var image in SolutionXmlFile.Children(SolutionXmlFile.Child(root, "SdkMessageProcessingStepImages"), "SdkMessageProcessingStepImage"))
        {
            var imageId = file.ParseGuid(image, file.RequiredText(image, "SdkMessageProcessingStepImageId"), "SdkMessageProcessingStepImageId");
            var alias = file.RequiredText(image, "EntityAlias");
            var type = file.RequiredInt(image, "ImageType");
            if (type is not (StepImageType.PreImage or StepImageType.PostImage or StepImageType.Both))
            {
                throw file.Error(image, $"ImageType {type} is not 0 (pre), 1 (post) or 2 (both)");
            }

            images.Add(new StepImageDefinition(
                imageId, alias, type, file.RequiredText(image, "MessagePropertyName"), SplitNames(SolutionXmlFile.Text(image, "Attributes")))
            {
                Name = SolutionXmlFile.Attribute(image, "Name") ?? alias,
            });
        }

        return images;
    }

    private static string? LowerOrNull(string? text) =>
        text is null || text.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : text.ToLowerInvariant();

    [GeneratedRegex(@"^.+?:\s*(?<message>[A-Za-z0-9_]+)\s+of\s+.+$", RegexOptions.CultureInvariant)]
    private static partial Regex StepNamePattern();
}
