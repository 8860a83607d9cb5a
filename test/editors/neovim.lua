-- Runs inside headless Neovim (0.7+): starts the Policy Lens server through Neovim's own LSP
-- client, asks for hover and document symbols on the opened sample, writes the answers as JSON
-- to $POLICY_LENS_NVIM_OUT, and quits. Driven by neovim.test.ts.
local out = os.getenv('POLICY_LENS_NVIM_OUT')
local server = os.getenv('POLICY_LENS_SERVER')
local result = { attached = false }

local function finish()
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local id = vim.lsp.start_client({
  name = 'policy-lens',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  init_options = { documentDate = '2022-02-01' },
})
vim.lsp.buf_attach_client(0, id)
local client = vim.lsp.get_client_by_id(id)
vim.wait(10000, function() return client.initialized end, 50)
result.attached = client.initialized == true

local uri = vim.uri_from_bufnr(0)
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', {
  textDocument = { uri = uri },
  position = { line = tonumber(os.getenv('POLICY_LENS_LINE')), character = tonumber(os.getenv('POLICY_LENS_CHARACTER')) },
}, 10000)
for _, answer in pairs(hover or {}) do
  if answer.result then result.hover = answer.result.contents.value end
end
local symbols = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 10000)
result.symbols = {}
for _, answer in pairs(symbols or {}) do
  for _, symbol in ipairs(answer.result or {}) do
    table.insert(result.symbols, symbol.name)
    for _, child in ipairs(symbol.children or {}) do table.insert(result.symbols, child.name) end
  end
end
finish()
