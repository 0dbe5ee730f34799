using System.Text;

namespace RaceOptimizer.Api.Tests;

/// <summary>A multipart/form-data upload as a browser sends it: file parts with their file names, and plain fields.</summary>
public sealed class UploadForm : MultipartFormDataContent
{
    public UploadForm File(string part, string fileName, byte[] content)
    {
        Add(new ByteArrayContent(content), part, fileName);
        return this;
    }

    public UploadForm File(string part, string path) => File(part, Path.GetFileName(path), System.IO.File.ReadAllBytes(path));

    public UploadForm Csv(string part, string fileName, string csv) => File(part, fileName, Encoding.UTF8.GetBytes(csv));

    public UploadForm Field(string name, string value)
    {
        Add(new StringContent(value), name);
        return this;
    }
}
