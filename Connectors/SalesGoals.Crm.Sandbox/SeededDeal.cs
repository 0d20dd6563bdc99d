using System;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Sandbox;

/// <summary>A deal the sandbox put into an emulator, as the seeder meant it (what a sync should reproduce).</summary>
public sealed record SeededDeal(
    ExternalSystem System, string ExternalId, string Name, string OwnerEmail, DealState State, decimal Amount, string Currency, DateOnly CloseDate);
