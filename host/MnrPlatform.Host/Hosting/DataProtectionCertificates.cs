using System.Security.Cryptography.X509Certificates;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// <c>DataProtection:Certificate</c>: the PKCS#12 file (with its private key) that encrypts the
/// data protection keys before they are written to the store; <c>DataProtection:PreviousCertificates</c>:
/// certificates that no longer encrypt but still decrypt keys written under them (rotation).
/// </summary>
internal sealed class DataProtectionCertificateOptions
{
    public const string Section = "DataProtection";

    /// <summary>The current certificate; null keeps the keys unencrypted.</summary>
    public CertificateFile? Certificate { get; set; }

    /// <summary>Earlier certificates, kept to read keys they encrypted.</summary>
    public IList<CertificateFile> PreviousCertificates { get; } = [];
}

/// <summary>A PKCS#12 (.pfx) file and its password.</summary>
internal sealed class CertificateFile
{
    /// <summary>The file; relative paths are taken from the content root.</summary>
    public string? Path { get; set; }

    /// <summary>The file's password; null or empty for none.</summary>
    public string? Password { get; set; }

    /// <summary>Loads the certificate, which must hold its private key (it decrypts as well).</summary>
    /// <exception cref="InvalidOperationException">The file is missing, unreadable or has no private key; the message names the setting and the file.</exception>
    public X509Certificate2 Load(string contentRoot, string setting)
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new InvalidOperationException($"{setting}:Path is empty: give the PKCS#12 (.pfx) file of the data protection certificate.");
        }

        var file = System.IO.Path.GetFullPath(Path, contentRoot);
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{setting}:Path: there is no file {file}.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(file, Password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"{setting}: {file} could not be read as PKCS#12 with the password given ({e.Message}).", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{setting}: {file} has no private key; the data protection certificate must decrypt the keys as well.");
        }

        return certificate;
    }
}
