using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>
/// A plug-in class's step, declared next to the class (a static <c>Step</c> property). A test holds
/// every declaration against its <c>Solution/SdkMessageProcessingSteps/{Id}.xml</c> and vice versa.
/// The property is computed (<c>Step =&gt; new(...)</c>), not a static initializer: nothing at run time reads it, and
/// Stryker must run every test for a mutant in a static initializer (it cannot tell which tests reach it), about a
/// minute per mutant here; in a getter only the registration tests that read it run.
/// </summary>
public sealed class StepRegistration
{
    public const int PreValidation = 10;
    public const int PreOperation = 20;
    public const int PostOperation = 40;
    public const int Synchronous = 0;
    public const int Asynchronous = 1;

    public StepRegistration(string id, string message, string? table, int stage, int mode = Synchronous, int rank = 1)
    {
        Id = Guid.Parse(id);
        Message = message;
        Table = table;
        Stage = stage;
        Mode = mode;
        Rank = rank;
    }

    public Guid Id { get; }

    public string Message { get; }

    public string? Table { get; }

    public int Stage { get; }

    public int Mode { get; }

    public int Rank { get; }

    public IReadOnlyList<string> FilteringAttributes { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<StepImage> Images { get; private set; } = Array.Empty<StepImage>();

    public StepRegistration Filtering(params string[] attributes)
    {
        FilteringAttributes = attributes;
        return this;
    }

    public StepRegistration WithImage(StepImage image)
    {
        Images = new List<StepImage>(Images) { image };
        return this;
    }
}
