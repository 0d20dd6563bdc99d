using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>The registered steps, checked against the metadata and bound to their plug-in instances at start.</summary>
internal sealed class StepCatalog
{
    private readonly List<RegisteredStep> _steps = [];

    public StepCatalog(IEnumerable<StepDefinition> steps, IReadOnlyList<Assembly> assemblies, MetadataCatalog metadata)
    {
        var types = assemblies.SelectMany(SafeTypes).Where(t => t.FullName is not null)
            .GroupBy(t => t.FullName!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var step in steps)
        {
            Validate(step, metadata);
            if (!types.TryGetValue(step.PluginTypeName, out var type))
            {
                throw new LocalDataverseConfigurationException(
                    $"Step '{step.Name}' ({Source(step)}) names plug-in type '{step.PluginTypeName}', which is not in any registered plug-in assembly.");
            }

            _steps.Add(new RegisteredStep(step, Instantiate(step, type)));
        }
    }

    public IReadOnlyList<RegisteredStep> All => _steps;

    /// <summary>The steps of a message and table for one stage and mode, in rank order.</summary>
    public IReadOnlyList<RegisteredStep> For(string message, string? entity, int stage, int mode) =>
        [.. _steps.Where(s => s.Definition.Stage == stage && s.Definition.Mode == mode
                && MessageMatches(s.Definition.MessageName, message)
                && EntityMatches(s.Definition.PrimaryEntity, entity))
            .OrderBy(s => s.Definition.Rank).ThenBy(s => s.Definition.Name, StringComparer.Ordinal)];

    private static bool MessageMatches(string registered, string message) =>
        string.Equals(registered, message, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(message, "SetState", StringComparison.OrdinalIgnoreCase)
            && string.Equals(registered, "SetStateDynamicEntity", StringComparison.OrdinalIgnoreCase));

    private static bool EntityMatches(string? registered, string? entity) =>
        string.IsNullOrEmpty(registered) || registered == "none" || string.Equals(registered, entity, StringComparison.Ordinal);

    private static void Validate(StepDefinition step, MetadataCatalog metadata)
    {
        if (step.Stage is not (PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation))
        {
            throw new LocalDataverseConfigurationException($"Step '{step.Name}' ({Source(step)}) has stage {step.Stage}; steps run in stage 10, 20 or 40.");
        }

        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw new LocalDataverseConfigurationException($"Step '{step.Name}' ({Source(step)}) is asynchronous in stage {step.Stage}; asynchronous steps must be PostOperation (40).");
        }

        // Guid.Empty: a step built in code names its message only. Any id given must be that message's id.
        if (step.MessageId != Guid.Empty
            && !string.Equals(SdkMessages.FindById(step.MessageId)?.Name, step.MessageName, StringComparison.OrdinalIgnoreCase)
            && SdkMessages.CustomApi(step.MessageName).Id != step.MessageId)
        {
            throw new LocalDataverseConfigurationException(
                $"Step '{step.Name}' ({Source(step)}) has SdkMessageId {step.MessageId}, which is not the id of message {step.MessageName}.");
        }

        if (string.IsNullOrEmpty(step.PrimaryEntity) || step.PrimaryEntity == "none")
        {
            return;
        }

        var table = metadata.Find(step.PrimaryEntity) ?? throw new LocalDataverseConfigurationException(
            $"Step '{step.Name}' ({Source(step)}) is registered on table '{step.PrimaryEntity}', which does not exist.");
        var columns = step.FilteringAttributes.Concat(step.Images.SelectMany(i => i.Attributes));
        foreach (var column in columns)
        {
            if (table.Find(column) is null)
            {
                throw new LocalDataverseConfigurationException(
                    $"Step '{step.Name}' ({Source(step)}) names column '{column}', which table '{table.LogicalName}' does not have.");
            }
        }
    }

    private static IPlugin Instantiate(StepDefinition step, Type type)
    {
        if (!typeof(IPlugin).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new LocalDataverseConfigurationException($"Step '{step.Name}': type '{type.FullName}' is not a concrete IPlugin.");
        }

        object? instance =
            type.GetConstructor([typeof(string), typeof(string)]) is { } both ? both.Invoke([step.UnsecureConfiguration, null])
            : type.GetConstructor([typeof(string)]) is { } one ? one.Invoke([step.UnsecureConfiguration])
            : type.GetConstructor(Type.EmptyTypes) is { } none ? none.Invoke([])
            : throw new LocalDataverseConfigurationException(
                $"Step '{step.Name}': type '{type.FullName}' has no public constructor taking (), (string) or (string, string).");
        return (IPlugin)instance;
    }

    private static string Source(StepDefinition step) => string.IsNullOrEmpty(step.SourceFile) ? step.Id.ToString() : step.SourceFile;

    /// <summary>The types an assembly can load (a partly loadable assembly still yields the rest).</summary>
    internal static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.Where(t => t is not null)!;
        }
    }
}
