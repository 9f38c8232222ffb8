using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// The model as the migrations leave it, written by hand (EF Core design tools are not available
/// here). MigrationTests fails when this, the migrations and <see cref="MnrDbContext"/> disagree.
/// </summary>
[DbContext(typeof(MnrDbContext))]
public sealed class MnrDbContextModelSnapshot : ModelSnapshot
{
    /// <inheritdoc />
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("MnrPlatform.Data.Entities.DataProtectionKey", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("FriendlyName").HasMaxLength(200);
            b.Property<string>("Xml").IsRequired();
            b.HasKey("Id");
            b.HasIndex("FriendlyName");
            b.ToTable("DataProtectionKeys");
        });
    }
}
