using System;

namespace SalesGoals.Crm.LocalDataverse;

/// <summary>The environment cannot start: a step names a missing plug-in type, table or column, and the like.</summary>
public sealed class LocalDataverseConfigurationException : Exception
{
    public LocalDataverseConfigurationException()
    {
    }

    public LocalDataverseConfigurationException(string message)
        : base(message)
    {
    }

    public LocalDataverseConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
