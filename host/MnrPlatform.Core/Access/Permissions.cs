namespace MnrPlatform.Core.Access;

/// <summary>What a role allows. A grantor must hold every permission of a role it grants.</summary>
[Flags]
public enum Permissions
{
    /// <summary>Nothing (anonymous, or an unknown role).</summary>
    None = 0,

    /// <summary>Aggregated results; beyond the secretariat with small cells suppressed.</summary>
    ReadAggregates = 1 << 0,

    /// <summary>Unit-level data (answers, phases, profile, exchange requests) of the user's own country.</summary>
    ReadOwnCountry = 1 << 1,

    /// <summary>Answering the own country's questionnaire, editing its profile and exchange requests.</summary>
    WriteOwnCountry = 1 << 2,

    /// <summary>Unit-level data of every country (the secretariat); every such read is audited.</summary>
    ReadAllCountries = 1 << 3,

    /// <summary>Validating and correcting any country's answers (the secretariat).</summary>
    WriteAllCountries = 1 << 4,

    /// <summary>Adding, disabling users and setting their role and country; resetting passwords.</summary>
    ManageUsers = 1 << 5,

    /// <summary>Enabling and disabling plugins.</summary>
    ManagePlugins = 1 << 6,

    /// <summary>Platform settings and the store's status.</summary>
    ManageSettings = 1 << 7,

    /// <summary>Reading the audit log.</summary>
    ReadAudit = 1 << 8,

    /// <summary>Everything: the Administrator.</summary>
    All = ReadAggregates | ReadOwnCountry | WriteOwnCountry | ReadAllCountries | WriteAllCountries
        | ManageUsers | ManagePlugins | ManageSettings | ReadAudit,
}
