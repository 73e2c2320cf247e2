using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// A self-signed certificate for https://127.0.0.1, made in the test and trusted by this test run only.
/// <para>
/// Why not a hook in the bot: the Bot Framework SDK fetches its OpenID metadata through a static
/// <c>new HttpClient()</c> of its own (<c>ParameterizedBotFrameworkAuthentication._authHttpClient</c>),
/// never through the host's <c>IHttpClientFactory</c>, so no handler the host could configure is on
/// that path. On Linux, .NET builds certificate chains with the certificates in the current user's
/// <c>Root</c> store as extra trust anchors, so the test adds this certificate there for as long as it
/// runs and removes it afterwards. Nothing in the product changes, so production cannot trust it.
/// </para>
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private LoopbackCertificate(X509Certificate2 certificate) => Certificate = certificate;

    public X509Certificate2 Certificate { get; }

    public static LoopbackCertificate CreateTrusted()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=TeamsMockBot test loopback " + Guid.NewGuid().ToString("N")[..8], key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(2));
        // A round trip through PKCS#12 gives a certificate whose private key TLS can use on every platform.
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            store.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        }

        return new LoopbackCertificate(certificate);
    }

    public void Dispose()
    {
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            foreach (var found in store.Certificates.Find(X509FindType.FindByThumbprint, Certificate.Thumbprint, validOnly: false))
            {
                store.Remove(found);
            }
        }

        Certificate.Dispose();
    }
}
