using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>Builders for the standard sales rows the tests use.</summary>
public static class SalesData
{
    public static Guid Opportunity(this TestDataverse dv, string name, decimal estimatedValue, Guid? ownerId = null)
    {
        var opportunity = new Entity("opportunity") { ["name"] = name, ["estimatedvalue"] = new Money(estimatedValue) };
        if (ownerId is Guid owner)
        {
            opportunity["ownerid"] = new EntityReference("systemuser", owner);
        }

        return dv.Service.Create(opportunity);
    }

    public static Entity Close(Guid opportunityId, decimal? revenue = null, DateTime? actualEnd = null)
    {
        var close = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", opportunityId),
            ["subject"] = "closed",
        };
        if (revenue is decimal value)
        {
            close["actualrevenue"] = new Money(value);
        }

        if (actualEnd is DateTime end)
        {
            close["actualend"] = end;
        }

        return close;
    }
}
