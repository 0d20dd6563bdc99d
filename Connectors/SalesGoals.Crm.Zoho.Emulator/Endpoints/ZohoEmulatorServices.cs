using SalesGoals.Crm.Zoho.Emulator.Auth;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Emulator.Faults;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary>What the endpoints share.</summary>
public sealed record ZohoEmulatorServices(
    ZohoEmulatorOptions Options,
    ZohoOrgState State,
    ZohoTokenIssuer Tokens,
    ZohoFaults Faults,
    ZohoEmulatorStats Stats,
    ZohoPageCursors Cursors);
