import { NextResponse, type NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  const page = Number(request.nextUrl.searchParams.get('page') ?? '1');
  const reports = await loadReports(page);
  if (reports.length === 0) return new NextResponse(null, { status: 204 });
  return NextResponse.json(reports);
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  if (!body.title) {
    return NextResponse.json({ error: 'title is required' }, { status: 400 });
  }
  const upstream = await fetch('https://reports.internal/api', { method: 'POST', body: JSON.stringify(body) });
  if (upstream.status === 429) {
    return NextResponse.json({ error: 'busy' }, { status: 503 });
  }
  return NextResponse.json(await upstream.json(), { status: 201 });
}

async function loadReports(page: number): Promise<unknown[]> {
  return page > 0 ? [] : [];
}
