using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Messages;
using SalesGoals.Crm.LocalDataverse.Storage;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>
/// Runs a message through the event pipeline: PreValidation (10, outside the transaction for a
/// top-level call), PreOperation (20), the core operation (30), PostOperation (40), then queues
/// asynchronous steps to run after commit. Any exception rolls back every write of the operation, and
/// a failed service call inside the transaction fails the operation even when a plug-in catches it.
/// </summary>
internal sealed class PipelineRunner(LocalDataverseEnvironment environment, Platform platform, StepCatalog steps, MessageRegistry handlers, LocalDataverseOptions options)
{
    private readonly List<AsyncJob> _pendingAsync = [];
    private readonly Queue<AsyncJob> _asyncQueue = new();

    public int QueuedAsyncCount => _asyncQueue.Count;

    public OrganizationResponse Execute(OrganizationRequest request, CallContext caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        var transaction = platform.Store.Current;
        if (transaction is null)
        {
            return Dispatch(request, caller);
        }

        // A call inside a running transaction (a plug-in's service call): its failure ends the transaction.
        TransactionFaults.ThrowIfDoomed(transaction);
        try
        {
            return Dispatch(request, caller);
        }
        catch
        {
            transaction.Doom();
            throw;
        }
    }

    private OrganizationResponse Dispatch(OrganizationRequest request, CallContext caller)
    {
        if (BatchRunner.Handles(request))
        {
            return new BatchRunner(this).Execute(request, caller);
        }

        if (UpdateSplitter.TrySplit(request, out var rest, out var state))
        {
            return Atomically(() =>
            {
                Run(rest, caller);
                return Run(state, caller);
            });
        }

        return Run(request, caller);
    }

    /// <summary>Runs the body in one transaction: joins the running one, or opens, commits or rolls back its own.</summary>
    public T Atomically<T>(Func<T> body)
    {
        var store = platform.Store;
        if (store.Current is { } running)
        {
            var savepoint = running.Savepoint;
            var asyncMark = _pendingAsync.Count;
            try
            {
                return body();
            }
            catch
            {
                running.RollbackTo(savepoint);
                _pendingAsync.RemoveRange(asyncMark, _pendingAsync.Count - asyncMark);
                throw;
            }
        }

        store.Current = new Transaction();
        try
        {
            var result = body();
            Commit();
            return result;
        }
        catch
        {
            store.Current.RollbackTo(0);
            store.Current = null;
            _pendingAsync.Clear();
            throw;
        }
    }

    /// <summary>Runs an action outside the running transaction (an interleaved operation of another caller).</summary>
    public void Detached(Action action)
    {
        var store = platform.Store;
        var suspended = store.Current;
        var pending = _pendingAsync.ToList();
        store.Current = null;
        _pendingAsync.Clear();
        try
        {
            action();
        }
        finally
        {
            store.Current = suspended;
            _pendingAsync.Clear();
            _pendingAsync.AddRange(pending);
        }
    }

    public AsyncDrainResult DrainAsync()
    {
        var succeeded = 0;
        var failures = new List<AsyncFailure>();
        while (_asyncQueue.TryDequeue(out var job))
        {
            try
            {
                Atomically(() =>
                {
                    RunStep(job.Step, job.Context);
                    return true;
                });
                succeeded++;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                failures.Add(new AsyncFailure(job.Step.Definition.Name, job.Context.MessageName, job.Context.PrimaryEntityName, fault));
            }
        }

        return new AsyncDrainResult(succeeded, failures);
    }

    private OrganizationResponse Run(OrganizationRequest request, CallContext caller)
    {
        var handler = handlers.Find(request.RequestName)
            ?? throw DataverseFault.Create(ErrorCodes.RequestNotSupported, $"The request '{request.RequestName}' is not supported by the local Dataverse; register a handler with RegisterMessageHandler.");
        var depth = caller.BaseDepth + 1;
        if (depth > options.MaxDepth)
        {
            throw DataverseFault.InfiniteLoop();
        }

        var input = new ParameterCollection();
        foreach (var pair in request.Parameters)
        {
            input[pair.Key] = ValueCopier.CopyValue(pair.Value);
        }

        var target = handler.Describe(input, platform);
        var context = NewContext(request, handler.MessageName, target, input, caller, depth);
        var preImageRow = target.HasImages && target.EntityId != Guid.Empty && target.EntityName is not null
            ? platform.Store.Table(target.EntityName).Get(target.EntityId)
            : null;
        RunStage(PipelineStage.PreValidation, context, preImageRow, null);
        return Atomically(() =>
        {
            context.IsInTransaction = true;
            RunStage(PipelineStage.PreOperation, context, preImageRow, null);
            Checkpoint(context, PipelineStage.MainOperation, PipelinePoint.BeforeStage);
            var response = handler.Execute(new MessageOperation(context, platform, this, caller));
            response.ResponseName ??= handler.MessageName;
            OutputNames.ToContext(handler.MessageName, response, context.OutputParameters);
            Checkpoint(context, PipelineStage.MainOperation, PipelinePoint.AfterStage);
            var postImageRow = target.HasImages && context.PrimaryEntityId != Guid.Empty
                ? platform.Store.Table(context.PrimaryEntityName).Get(context.PrimaryEntityId)
                : null;
            RunStage(PipelineStage.PostOperation, context, preImageRow, postImageRow);
            foreach (var step in steps.For(context.MessageName, context.PrimaryEntityName, PipelineStage.PostOperation, StepMode.Asynchronous).Where(s => FilterMatches(s, context)))
            {
                var asyncContext = StepContext(step, context, PipelineStage.PostOperation, StepMode.Asynchronous, preImageRow, postImageRow);
                asyncContext.IsInTransaction = false;
                _pendingAsync.Add(new AsyncJob(step, asyncContext));
            }

            return OutputNames.ToResponse(handler.MessageName, response, context.OutputParameters);
        });
    }

    private LocalPluginExecutionContext NewContext(OrganizationRequest request, string messageName, MessageTarget target, ParameterCollection input, CallContext caller, int depth)
    {
        var now = platform.Time.GetUtcNow().UtcDateTime;
        return new LocalPluginExecutionContext
        {
            MessageName = messageName,
            PrimaryEntityName = target.EntityName ?? "none",
            PrimaryEntityId = target.EntityId,
            InputParameters = input,
            Depth = depth,
            UserId = caller.UserId,
            InitiatingUserId = caller.InitiatingUserId,
            BusinessUnitId = platform.Directory.BusinessUnitOfUser(caller.UserId),
            OrganizationId = platform.Directory.OrganizationId,
            OrganizationName = options.OrganizationName,
            ParentContext = caller.Parent,
            CorrelationId = caller.Parent?.CorrelationId ?? Guid.NewGuid(),
            RequestId = request.RequestId ?? Guid.NewGuid(),
            OperationId = Guid.NewGuid(),
            OperationCreatedOn = now,
            SharedVariables = [],
        };
    }

    private void RunStage(int stage, LocalPluginExecutionContext context, Entity? preImageRow, Entity? postImageRow)
    {
        Checkpoint(context, stage, PipelinePoint.BeforeStage);
        foreach (var step in steps.For(context.MessageName, context.PrimaryEntityName, stage, StepMode.Synchronous))
        {
            if (FilterMatches(step, context))
            {
                RunStep(step, StepContext(step, context, stage, StepMode.Synchronous, preImageRow, postImageRow));
            }
        }

        Checkpoint(context, stage, PipelinePoint.AfterStage);
    }

    private static LocalPluginExecutionContext StepContext(RegisteredStep step, LocalPluginExecutionContext context, int stage, int mode, Entity? preImageRow, Entity? postImageRow)
    {
        var stepContext = context.ForStep(stage, mode, step.Reference, step.Definition.ImpersonatingUserId ?? context.UserId);
        foreach (var image in step.Definition.Images)
        {
            if (image.ImageType is StepImageType.PreImage or StepImageType.Both && preImageRow is not null)
            {
                stepContext.PreEntityImages[image.EntityAlias] = Images.Project(preImageRow, image.Attributes);
            }

            if (image.ImageType is StepImageType.PostImage or StepImageType.Both && postImageRow is not null && stage == PipelineStage.PostOperation)
            {
                stepContext.PostEntityImages[image.EntityAlias] = Images.Project(postImageRow, image.Attributes);
            }
        }

        return stepContext;
    }

    private static bool FilterMatches(RegisteredStep step, LocalPluginExecutionContext context)
    {
        var filter = step.Definition.FilteringAttributes;
        if (filter.Count == 0 || !string.Equals(context.MessageName, "Update", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity
            && filter.Any(entity.Attributes.ContainsKey);
    }

    private void RunStep(RegisteredStep step, LocalPluginExecutionContext context)
    {
        var tracing = new LocalTracingService();
        var provider = new LocalServiceProvider(context, tracing, new PluginServiceFactory(environment, context), environment.NotificationService);
        string? failure = null;
        var doomedBefore = platform.Store.Current?.IsDoomed == true;
        try
        {
            step.Plugin.Execute(provider);
            TransactionFaults.ThrowIfSwallowed(platform.Store.Current, doomedBefore);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failure = ex.ToString();
            throw PluginFaults.From(ex, string.Join(Environment.NewLine, tracing.Lines));
        }
        finally
        {
            environment.RecordTrace(new PluginTraceRecord(step.Definition.Name, step.Definition.PluginTypeName, context.MessageName,
                context.PrimaryEntityName, context.Stage, context.Mode, context.Depth, context.CorrelationId, [.. tracing.Lines], failure));
        }
    }

    private void Checkpoint(LocalPluginExecutionContext context, int stage, PipelinePoint point) =>
        environment.Interleaving.Fire(new PipelineCheckpoint(context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, stage, point, context.Depth, context.UserId));

    private void Commit()
    {
        platform.Store.Current = null;
        foreach (var job in _pendingAsync)
        {
            _asyncQueue.Enqueue(job);
        }

        _pendingAsync.Clear();
    }
}
