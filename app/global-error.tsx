"use client";

import "./globals.css";

// Replaces the root layout when it fails, so messages and the locale may be unavailable:
// both languages are shown.
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="zh-CN">
      <body className="bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">页面出错了</h1>
          <p className="mt-3 text-slate-600">加载页面时发生错误，请稍后重试。</p>
          <p lang="en" className="mt-6 text-lg font-semibold">
            Something went wrong
          </p>
          <p lang="en" className="mt-1 text-slate-600">
            An error occurred while loading this page. Please try again later.
          </p>
          <div className="mt-8 flex justify-center gap-3">
            <button
              type="button"
              onClick={reset}
              className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              重试 / Try again
            </button>
            {/* A full page load: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium"
            >
              返回首页 / Home
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
